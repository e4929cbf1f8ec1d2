import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { ConversationListRow, InvoiceListRow, SessionInfo, WorkOrderListRow } from "../ipc/bindings";
import { failsOnce, failsWith, FIRST_CUSTOMER_ID, OWNER_SESSION } from "../testing/deskScenarios";
import { callsOf, customerDetail, fakeBackend, ipcError, sessionWith, STAFF, type CommandHandlers } from "../testing/fakeBackend";
import { renderWithQueryClient } from "../testing/renderWithProviders";
import type { BlockerRoute } from "./blockerRoute";
import { parseBlockerRoute } from "./blockerRoute";
import { BlockerApp } from "./BlockerApp";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

const CUSTOMER_ID = FIRST_CUSTOMER_ID;

const UNPAID: InvoiceListRow = {
  id: "i0000000-0000-4000-8000-000000000001",
  number: "INV-2001",
  customerId: CUSTOMER_ID,
  customerName: "Jane Jones",
  billedName: "Jane Jones",
  customerDeleted: false,
  status: "issued",
  issuedAt: "2026-12-31T12:00:00Z",
  totalPence: 123456,
  outstandingPence: 50000,
  unpaid: true,
};

const ACTIVE_ORDER: WorkOrderListRow = {
  id: "w0000000-0000-4000-8000-000000000001",
  number: "WO-1041",
  customerId: CUSTOMER_ID,
  customerName: "Jane Smith",
  customerDeleted: false,
  description: "MOT and service",
  status: "awaiting_parts",
  active: true,
  vehiclePlate: "AB12 CDE",
  vehicleLabel: "Ford Focus",
  createdAt: "2026-12-31T12:00:00Z",
};

const OPEN_CONVERSATION: ConversationListRow = {
  id: "m0000000-0000-4000-8000-000000000001",
  customerId: CUSTOMER_ID,
  customerName: "Jane Smith",
  customerDeleted: false,
  channel: "sms",
  subject: "Car ready",
  lastMessage: "Your car is ready to collect.",
  status: "open",
  lastMessageAt: "2026-12-30T15:04:00Z",
};

function renderBlocker(route: BlockerRoute, handlers: CommandHandlers, session: SessionInfo | null = OWNER_SESSION) {
  fakeBackend({ current_session: () => session, get_customer: () => customerDetail(), ...handlers });
  return renderWithQueryClient(<BlockerApp route={route} />);
}

describe("D4 blocker windows", () => {
  it("D4 reads its kind and customer from the window's hash", () => {
    expect(parseBlockerRoute(`#/blockers/invoices/${CUSTOMER_ID}`)).toEqual({ kind: "invoices", customerId: CUSTOMER_ID });
    expect(parseBlockerRoute(`#/blockers/work_orders/${CUSTOMER_ID}`)?.kind).toBe("work_orders");
    expect(parseBlockerRoute(`#/blockers/vehicles/${CUSTOMER_ID}`)).toBeNull();
    expect(parseBlockerRoute("")).toBeNull();
  });

  it("D4 shows the banner naming the customer, the customer's open rows, and Return calls return_to_customer", async () => {
    const user = userEvent.setup();
    renderBlocker({ kind: "invoices", customerId: CUSTOMER_ID }, { list_invoices: () => [UNPAID], return_to_customer: () => null });

    const banner = await screen.findByTestId("blocker-banner");
    await waitFor(() =>
      expect(banner).toHaveTextContent("Finish resolving these, then return to complete deleting Jane Smith"),
    );
    expect(await screen.findAllByTestId("resolve-row")).toHaveLength(1);
    expect(callsOf("list_invoices")[0]).toEqual({ filter: { customerId: CUSTOMER_ID, onlyOpen: true } });
    expect(callsOf("get_customer")[0]).toEqual({ customerId: CUSTOMER_ID });
    expect(document.title).toBe("Invoices — Jane Smith");
    expect(banner).toHaveTextContent("1 still to resolve");
    expect(screen.queryByTestId("all-resolved")).not.toBeInTheDocument();

    await user.click(within(banner).getByTestId("return-to-customer"));
    await waitFor(() => expect(callsOf("return_to_customer")).toEqual([{ customerId: CUSTOMER_ID }]));
  });

  it("D4 asks to sign in from the main window when the desk is signed out", async () => {
    renderBlocker({ kind: "invoices", customerId: CUSTOMER_ID }, {}, null);
    expect(await screen.findByTestId("blocker-signed-out")).toHaveTextContent("Sign in from the main window");
    expect(screen.queryByTestId("pin-input")).not.toBeInTheDocument();
  });

  it("D4 says what happened when the session cannot be read, and tries again", async () => {
    const user = userEvent.setup();
    fakeBackend({
      current_session: failsOnce(ipcError("storage", "Garage Desk could not read the local cache."), () => OWNER_SESSION),
      get_customer: () => customerDetail(),
      list_invoices: () => [UNPAID],
    });
    renderWithQueryClient(<BlockerApp route={{ kind: "invoices", customerId: CUSTOMER_ID }} />);

    expect(await screen.findByRole("alert")).toHaveTextContent("Garage Desk could not read the local cache.");
    expect(document.documentElement.lang).toBe("en-GB");
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findAllByTestId("resolve-row")).toHaveLength(1);
  });

  it("D4 shows finished rows too when asked", async () => {
    const user = userEvent.setup();
    renderBlocker({ kind: "invoices", customerId: CUSTOMER_ID }, { list_invoices: () => [UNPAID] });
    await screen.findAllByTestId("resolve-row");
    await user.click(screen.getByLabelText("All, including finished"));
    await waitFor(() =>
      expect(callsOf("list_invoices").at(-1)).toEqual({ filter: { customerId: CUSTOMER_ID, onlyOpen: false } }),
    );
  });
});

describe("D5 resolving blockers", () => {
  it("D5 Take payment sends the amount as typed and shows amount_too_large beside the field", async () => {
    const user = userEvent.setup();
    renderBlocker(
      { kind: "invoices", customerId: CUSTOMER_ID },
      {
        list_invoices: () => [UNPAID],
        take_payment: failsWith(ipcError("amount_too_large", "That is more than the £500.00 outstanding.")),
      },
    );
    const row = (await screen.findAllByTestId("resolve-row"))[0]!;
    await user.click(within(row).getByTestId("invoice-take-payment"));

    const amount = await screen.findByTestId("payment-amount");
    expect(amount).toHaveAccessibleName("Amount paid on INV-2001");
    expect(amount).toHaveAttribute("inputmode", "decimal");
    await waitFor(() => expect(amount).toHaveFocus());
    await user.type(amount, "£612.50");
    await user.click(screen.getByTestId("payment-submit"));

    await waitFor(() =>
      expect(callsOf("take_payment")).toEqual([{ invoiceId: UNPAID.id, amount: "£612.50" }]),
    );
    const error = await screen.findByTestId("action-error");
    expect(error).toHaveTextContent("That is more than the £500.00 outstanding.");
    expect(error).toHaveAttribute("role", "alert");
    expect(amount).toHaveAttribute("aria-invalid", "true");
    expect(amount.getAttribute("aria-describedby")).toContain(error.id);
  });

  it("D5 a payment that clears the last blocker says all is resolved beside Return", async () => {
    const user = userEvent.setup();
    let rows: InvoiceListRow[] = [UNPAID];
    renderBlocker(
      { kind: "invoices", customerId: CUSTOMER_ID },
      {
        list_invoices: () => rows,
        take_payment: (args) => {
          rows = [];
          return { ...UNPAID, status: "paid", outstandingPence: 0, unpaid: false, id: String(args.invoiceId) };
        },
      },
    );
    await user.click(await screen.findByTestId("invoice-take-payment"));
    await user.type(await screen.findByTestId("payment-amount"), "500.00{Enter}");

    await waitFor(() => expect(callsOf("take_payment")).toEqual([{ invoiceId: UNPAID.id, amount: "500.00" }]));
    expect(await screen.findByTestId("all-resolved")).toHaveTextContent(
      "All resolved — return to the customer to finish deleting",
    );
    expect(within(screen.getByTestId("blocker-banner")).getByTestId("return-to-customer")).toBeInTheDocument();
  });

  it("D5 Void and Write off each ask for a reason", async () => {
    const user = userEvent.setup();
    renderBlocker(
      { kind: "invoices", customerId: CUSTOMER_ID },
      {
        list_invoices: () => [UNPAID],
        void_invoice: failsWith(ipcError("reason_required", "Give a reason. It is kept with the invoice.")),
        write_off_invoice: () => ({ ...UNPAID, status: "written_off", unpaid: false }),
      },
    );
    await user.click(await screen.findByTestId("invoice-void"));
    await user.click(screen.getByTestId("void-submit"));
    expect(await screen.findByTestId("action-error")).toHaveTextContent("Give a reason.");
    expect(callsOf("void_invoice")).toEqual([{ invoiceId: UNPAID.id, reason: "" }]);

    await user.click(screen.getByTestId("invoice-write-off"));
    await user.type(await screen.findByTestId("write-off-reason"), "Customer emigrated");
    await user.click(screen.getByTestId("write-off-submit"));
    await waitFor(() =>
      expect(callsOf("write_off_invoice")).toEqual([{ invoiceId: UNPAID.id, reason: "Customer emigrated" }]),
    );
  });

  it("D5 offers only the work order actions the user holds, and sends the chosen one", async () => {
    const user = userEvent.setup();
    const technician = sessionWith(STAFF[2]!, ["customers.view", "work_orders.complete"]);
    renderBlocker(
      { kind: "work_orders", customerId: CUSTOMER_ID },
      { list_work_orders: () => [ACTIVE_ORDER], update_work_order: () => ({ ...ACTIVE_ORDER, status: "completed", active: false }) },
      technician,
    );
    const row = (await screen.findAllByTestId("resolve-row"))[0]!;
    expect(within(row).queryByTestId("wo-close")).not.toBeInTheDocument();
    expect(within(row).queryByTestId("wo-cancel")).not.toBeInTheDocument();
    await user.click(within(row).getByTestId("wo-complete"));
    await waitFor(() =>
      expect(callsOf("update_work_order")).toEqual([{ workOrderId: ACTIVE_ORDER.id, action: "complete" }]),
    );
  });

  it("D5 shows a work order action's error on its row", async () => {
    const user = userEvent.setup();
    renderBlocker(
      { kind: "work_orders", customerId: CUSTOMER_ID },
      {
        list_work_orders: () => [ACTIVE_ORDER],
        update_work_order: failsWith(ipcError("not_active", "This is already finished. Reload the list to see its current state.")),
      },
    );
    const row = (await screen.findAllByTestId("resolve-row"))[0]!;
    await user.click(within(row).getByTestId("wo-cancel"));
    expect(await within(row).findByTestId("action-error")).toHaveTextContent("This is already finished.");
    expect(callsOf("update_work_order")).toEqual([{ workOrderId: ACTIVE_ORDER.id, action: "cancel" }]);
  });

  it("D5 closes a conversation", async () => {
    const user = userEvent.setup();
    renderBlocker(
      { kind: "conversations", customerId: CUSTOMER_ID },
      { list_conversations: () => [OPEN_CONVERSATION], close_conversation: () => ({ ...OPEN_CONVERSATION, status: "closed" }) },
    );
    await user.click(await screen.findByTestId("conversation-close"));
    await waitFor(() => expect(callsOf("close_conversation")).toEqual([{ conversationId: OPEN_CONVERSATION.id }]));
    // The list is read again after the action.
    await waitFor(() => expect(callsOf("list_conversations").length).toBeGreaterThan(1));
  });
});
