import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CustomerDetail, DeleteCheck, DeleteResult, Locale, PendingUndo, SessionInfo } from "../ipc/bindings";
import { CustomerScreen } from "../customers/CustomerScreen";
import { failsWith, FIRST_CUSTOMER_ID, OWNER_SESSION } from "../testing/deskScenarios";
import { callsOf, customerDetail, fakeBackend, ipcError, sessionFor, STAFF, type CommandHandlers } from "../testing/fakeBackend";
import { renderSignedIn } from "../testing/renderWithProviders";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

const CUSTOMER_ID = FIRST_CUSTOMER_ID;

const BLOCKED: DeleteCheck = {
  customerId: CUSTOMER_ID,
  customerName: "Jane Smith",
  state: "blocked",
  blockers: [
    { kind: "work_orders", count: 2, text: "2 active work orders (including 1 on AB12 CDE)" },
    { kind: "invoices", count: 1, text: "1 unpaid invoice totalling £500.00" },
    { kind: "conversations", count: 1, text: "1 active conversation" },
  ],
  vehicles: 0,
  closedConversations: 0,
  impact: "",
  token: "DELETE",
};

function confirmCheck(token = "DELETE"): DeleteCheck {
  return {
    customerId: CUSTOMER_ID,
    customerName: "Jane Smith",
    state: "confirm",
    blockers: [],
    vehicles: 1,
    closedConversations: 2,
    impact:
      "This will hide this customer, 1 vehicle, and 2 closed conversations. Historical work orders and paid invoices stay on file.",
    token,
  };
}

const UNDO: PendingUndo = { batchId: "b0000000-0000-4000-8000-000000000001", customerId: CUSTOMER_ID, customerName: "Jane Smith", remainingMs: 30_000 };
const DELETED: DeleteResult = { outcome: "deleted", undo: UNDO, check: null };

function renderCustomer({
  session = OWNER_SESSION,
  detail = customerDetail(),
  locale = "en-GB",
  handlers = {},
}: { session?: SessionInfo; detail?: CustomerDetail; locale?: Locale; handlers?: CommandHandlers } = {}) {
  fakeBackend({
    // Rust's cache: deleted once delete_customer has run, until an undo.
    get_customer: () =>
      callsOf("delete_customer").length > callsOf("undo_delete").length
        ? { ...detail, customer: { ...detail.customer, deletedAt: "2026-11-30T10:58:01Z" } }
        : detail,
    search_customers: () => ({ rows: [], total: 0, totalCapped: false, page: 0, pageSize: 50 }),
    pending_undo: () => null,
    ...handlers,
  });
  return renderSignedIn(<CustomerScreen />, {
    session,
    locale,
    initialRoute: { screen: "customer", customerId: CUSTOMER_ID },
  });
}

async function openDialog(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByTestId("delete-customer-button"));
  return screen.findByTestId("delete-dialog");
}

afterEach(() => {
  vi.useRealTimers();
});

describe("D1 Delete customer button", () => {
  it("D1 is absent for a user without customers.delete", async () => {
    renderCustomer({ session: sessionFor(STAFF[1]!) });
    await screen.findByTestId("customer-name");
    expect(screen.queryByTestId("delete-customer-button")).not.toBeInTheDocument();
    expect(screen.getByTestId("customer-actions")).toBeEmptyDOMElement();
  });

  it("D1 is an enabled, quiet destructive button in the header for a user holding customers.delete", async () => {
    renderCustomer();
    const button = await screen.findByTestId("delete-customer-button");
    expect(button).toBeEnabled();
    expect(button).toHaveTextContent("Delete customer");
    expect(button).toHaveClass("button--quiet-danger");
    expect(within(screen.getByTestId("customer-actions")).getByTestId("delete-customer-button")).toBe(button);
  });

  it("D1 is visible but disabled on a deleted customer, with a keyboard-reachable tooltip", async () => {
    const user = userEvent.setup();
    renderCustomer({ detail: customerDetail({ customer: { ...customerDetail().customer, deletedAt: "2026-12-31T12:00:00Z" } }) });
    const button = await screen.findByTestId("delete-customer-button");
    expect(button).toBeDisabled();

    // Focus starts on the name; the next Tab stop is the wrapper that carries the tooltip.
    await user.tab();
    expect(screen.getByTestId("delete-customer-disabled-wrapper")).toHaveFocus();
    expect(await screen.findByRole("tooltip")).toHaveTextContent("Customer already deleted");
    await user.click(button);
    expect(screen.queryByTestId("delete-dialog")).not.toBeInTheDocument();
    expect(callsOf("check_delete_customer")).toEqual([]);
  });
});

describe("D2–D4 blocked dialog", () => {
  it("D2 D3 D4 runs the check, names the customer and lists each blocker as a link that opens its window", async () => {
    const user = userEvent.setup();
    renderCustomer({ handlers: { check_delete_customer: () => BLOCKED, open_blocker_window: () => null } });
    const dialog = await openDialog(user);

    expect(within(dialog).getByRole("heading", { name: "Delete Jane Smith?" })).toBeInTheDocument();
    const links = await within(dialog).findAllByTestId("blocker-link");
    expect(links.map((link) => link.getAttribute("data-kind"))).toEqual(["work_orders", "invoices", "conversations"]);
    expect(links[0]).toHaveTextContent("2 active work orders (including 1 on AB12 CDE)");
    expect(links[1]).toHaveTextContent("1 unpaid invoice totalling £500.00");
    expect(within(dialog).getByText(/cannot be deleted yet/)).toBeInTheDocument();
    expect(within(dialog).queryByTestId("delete-confirm")).not.toBeInTheDocument();
    expect(within(dialog).queryByTestId("delete-token-input")).not.toBeInTheDocument();
    expect(callsOf("check_delete_customer")).toEqual([{ customerId: CUSTOMER_ID }]);

    await user.click(links[1]!);
    await user.click(links[2]!);
    expect(callsOf("open_blocker_window")).toEqual([
      { customerId: CUSTOMER_ID, kind: "invoices" },
      { customerId: CUSTOMER_ID, kind: "conversations" },
    ]);

    await user.click(within(dialog).getByRole("button", { name: "Close" }));
    await waitFor(() => expect(screen.queryByTestId("delete-dialog")).not.toBeInTheDocument());
  });

  it("D2 runs the check again each time the dialog opens", async () => {
    const user = userEvent.setup();
    renderCustomer({ handlers: { check_delete_customer: () => BLOCKED } });
    await openDialog(user);
    await screen.findAllByTestId("blocker-link");
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByTestId("delete-dialog")).not.toBeInTheDocument());
    await openDialog(user);
    await screen.findAllByTestId("blocker-link");
    expect(callsOf("check_delete_customer")).toHaveLength(2);
  });

  it("D2 says so when the customer was already deleted", async () => {
    const user = userEvent.setup();
    renderCustomer({ handlers: { check_delete_customer: () => ({ ...BLOCKED, state: "already_deleted", blockers: [] }) } });
    const dialog = await openDialog(user);
    expect(await within(dialog).findByText(/has already been deleted/)).toBeInTheDocument();
    expect(within(dialog).queryByTestId("delete-confirm")).not.toBeInTheDocument();
  });
});

describe("D6 D7 confirm dialog", () => {
  it("D6 D7 shows the impact; Delete stays disabled until DELETE is typed, and Enter submits only then", async () => {
    const user = userEvent.setup();
    renderCustomer({ handlers: { check_delete_customer: () => confirmCheck(), delete_customer: () => DELETED } });
    const dialog = await openDialog(user);

    const input = await within(dialog).findByLabelText("Type DELETE to confirm");
    expect(input).toHaveAttribute("data-testid", "delete-token-input");
    expect(input).toHaveAttribute("autocomplete", "off");
    expect(input).toHaveAttribute("spellcheck", "false");
    await waitFor(() => expect(input).toHaveFocus());
    expect(within(dialog).getByTestId("delete-impact")).toHaveTextContent(
      "This will hide this customer, 1 vehicle, and 2 closed conversations.",
    );
    const confirm = within(dialog).getByTestId("delete-confirm");
    expect(confirm).toBeDisabled();

    await user.type(input, "delete{Enter}");
    expect(confirm).toBeDisabled();
    await user.clear(input);
    await user.type(input, "DELET{Enter}");
    expect(confirm).toBeDisabled();
    expect(callsOf("delete_customer")).toEqual([]);

    await user.type(input, "E");
    expect(confirm).toBeEnabled();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(callsOf("delete_customer")).toEqual([{ customerId: CUSTOMER_ID, token: "DELETE" }]));
  });

  it("D7 a Polish user types USUŃ", async () => {
    const user = userEvent.setup();
    renderCustomer({ locale: "pl", session: { ...OWNER_SESSION, user: { ...OWNER_SESSION.user, locale: "pl" } }, handlers: { check_delete_customer: () => confirmCheck("USUŃ") } });
    const dialog = await openDialog(user);
    const input = await within(dialog).findByLabelText("Wpisz USUŃ, aby potwierdzić");
    const confirm = within(dialog).getByTestId("delete-confirm");
    expect(confirm).toHaveTextContent("Usuń klienta");

    await user.type(input, "USUN");
    expect(confirm).toBeDisabled();
    await user.clear(input);
    await user.type(input, "USUŃ ");
    expect(confirm).toBeEnabled();
  });

  it("D7 a Romanian user may type ŞTERGE with the cedilla Ş", async () => {
    const user = userEvent.setup();
    renderCustomer({ locale: "ro", handlers: { check_delete_customer: () => confirmCheck("ȘTERGE"), delete_customer: () => DELETED } });
    const dialog = await openDialog(user);
    const input = await within(dialog).findByLabelText("Tastați ȘTERGE pentru a confirma");
    const confirm = within(dialog).getByTestId("delete-confirm");

    await user.type(input, "STERGE");
    expect(confirm).toBeDisabled();
    await user.clear(input);
    await user.type(input, "\u015ETERGE");
    expect(confirm).toBeEnabled();
    await user.click(confirm);
    // Sent as typed: Rust checks it again (D7).
    await waitFor(() => expect(callsOf("delete_customer")).toEqual([{ customerId: CUSTOMER_ID, token: "\u015ETERGE" }]));
  });

  it("D7 Escape cancels without deleting", async () => {
    const user = userEvent.setup();
    renderCustomer({ handlers: { check_delete_customer: () => confirmCheck() } });
    await openDialog(user);
    await user.type(await screen.findByTestId("delete-token-input"), "DELETE");
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByTestId("delete-dialog")).not.toBeInTheDocument());
    // Still on the customer's page: Escape closed the dialog, not the page.
    expect(screen.getByTestId("customer-page")).toBeInTheDocument();
    expect(callsOf("delete_customer")).toEqual([]);
  });

  it("D8 a delete that finds new blockers flips the dialog to blocked mode with the new list", async () => {
    const user = userEvent.setup();
    renderCustomer({
      handlers: {
        check_delete_customer: () => confirmCheck(),
        delete_customer: () => ({ outcome: "blocked", undo: null, check: { ...BLOCKED, blockers: [BLOCKED.blockers[1]!] } }),
      },
    });
    const dialog = await openDialog(user);
    await user.type(await within(dialog).findByTestId("delete-token-input"), "DELETE{Enter}");

    const links = await within(dialog).findAllByTestId("blocker-link");
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute("data-kind", "invoices");
    expect(within(dialog).getByTestId("delete-changed-note")).toHaveTextContent("Something changed since this dialog opened");
    expect(within(dialog).queryByTestId("delete-confirm")).not.toBeInTheDocument();
    expect(screen.queryByTestId("delete-toast")).not.toBeInTheDocument();
    expect(screen.getByTestId("customer-page")).toBeInTheDocument();
  });

  it("D13 shows Rust's message beside the input and keeps the dialog open", async () => {
    const user = userEvent.setup();
    renderCustomer({
      handlers: {
        check_delete_customer: () => confirmCheck(),
        delete_customer: failsWith(
          ipcError("rate_limited", "Rate limited - too many deletes this hour. You can delete again at 14:35."),
        ),
      },
    });
    const dialog = await openDialog(user);
    const input = await within(dialog).findByTestId("delete-token-input");
    await user.type(input, "DELETE{Enter}");

    const error = await within(dialog).findByTestId("delete-error");
    expect(error).toHaveTextContent("Rate limited - too many deletes this hour. You can delete again at 14:35.");
    expect(error).toHaveAttribute("role", "alert");
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toHaveAttribute("aria-describedby", error.id);
    expect(screen.getByTestId("delete-dialog")).toBeInTheDocument();
  });
});

describe("D11 U1 after the delete", () => {
  function deletingBackend(undo: CommandHandlers["undo_delete"]) {
    return {
      check_delete_customer: () => confirmCheck(),
      delete_customer: () => DELETED,
      pending_undo: () => ({ ...UNDO, remainingMs: 29_000 }),
      undo_delete: undo,
    };
  }

  it("D11 U1 goes to the Active list with the banner and a toast whose Undo calls undo_delete", async () => {
    const user = userEvent.setup();
    renderCustomer({ handlers: deletingBackend(() => ({ customerId: CUSTOMER_ID, customerName: "Jane Smith" })) });
    const dialog = await openDialog(user);
    await user.type(await within(dialog).findByTestId("delete-token-input"), "DELETE{Enter}");

    expect(await screen.findByRole("heading", { name: "Customers" })).toBeInTheDocument();
    expect(screen.queryByTestId("delete-dialog")).not.toBeInTheDocument();
    expect(screen.getByTestId("filter-active")).toHaveAttribute("data-state", "active");
    const banner = screen.getByTestId("deleted-banner");
    expect(banner).toHaveAttribute("role", "status");
    expect(banner).toHaveTextContent("Customer deleted");
    expect(banner).toHaveTextContent("Jane Smith");
    expect(within(banner).getByTestId("banner-undo")).toBeInTheDocument();

    const toast = await screen.findByTestId("delete-toast");
    expect(toast).toHaveTextContent("Customer deleted");
    expect(toast).toHaveTextContent("Jane Smith");
    await user.click(within(toast).getByTestId("toast-undo"));

    await waitFor(() => expect(callsOf("undo_delete")).toEqual([{ batchId: UNDO.batchId }]));
    expect(await within(banner).findByText("Customer restored")).toBeInTheDocument();
    expect(within(screen.getByTestId("delete-toast")).getByText("Customer restored")).toBeInTheDocument();
    expect(within(banner).queryByTestId("banner-undo")).not.toBeInTheDocument();

    await user.click(within(banner).getByTestId("banner-open-customer"));
    expect(await screen.findByTestId("customer-page")).toBeInTheDocument();
  });

  it("S3 D11 when the server refuses the delete and Rust puts the customer back, the banner says so instead of 'deleted'", async () => {
    const user = userEvent.setup();
    let refusedByServer = false;
    const deletedDetail = customerDetail({
      customer: { ...customerDetail().customer, deletedAt: "2026-11-30T10:58:01Z" },
    });
    const { queryClient } = renderCustomer({
      handlers: {
        ...deletingBackend(() => ({ customerId: CUSTOMER_ID, customerName: "Jane Smith" })),
        get_customer: () =>
          callsOf("delete_customer").length > 0 && !refusedByServer ? deletedDetail : customerDetail(),
      },
    });
    const dialog = await openDialog(user);
    await user.type(await within(dialog).findByTestId("delete-token-input"), "DELETE{Enter}");
    const banner = await screen.findByTestId("deleted-banner");
    await waitFor(() => expect(callsOf("get_customer").length).toBeGreaterThan(1));
    expect(banner).toHaveTextContent("Customer deleted");

    // The delete reached the server, which refused it; the sync that followed refreshes every query.
    refusedByServer = true;
    await act(() => queryClient.invalidateQueries());

    await waitFor(() => expect(banner).toHaveAttribute("data-phase", "refused"));
    expect(banner).toHaveTextContent("Delete refused");
    expect(banner).toHaveTextContent("The central server did not delete Jane Smith: they are back on the customer list.");
    expect(banner).not.toHaveTextContent("Customer deleted");
    expect(within(banner).queryByTestId("banner-undo")).not.toBeInTheDocument();
    await user.click(within(banner).getByTestId("banner-open-customer"));
    expect(await screen.findByTestId("customer-page")).toBeInTheDocument();
    expect(callsOf("undo_delete")).toEqual([]);
  });

  it("U5 a failed undo shows Rust's message in the banner as an alert", async () => {
    const user = userEvent.setup();
    renderCustomer({
      handlers: deletingBackend(
        failsWith(ipcError("plate_taken", "Undo did not happen: plate AB12 CDE is now on another vehicle. Nothing was restored.")),
      ),
    });
    const dialog = await openDialog(user);
    await user.type(await within(dialog).findByTestId("delete-token-input"), "DELETE{Enter}");
    await user.click(await screen.findByTestId("banner-undo"));

    const banner = await screen.findByRole("alert");
    expect(banner).toHaveAttribute("data-testid", "deleted-banner");
    expect(banner).toHaveTextContent("plate AB12 CDE is now on another vehicle");
  });

  it("U1 U3 the banner stops offering Undo when Rust's remainingMs runs out", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    fakeBackend({
      search_customers: () => ({ rows: [], total: 0, totalCapped: false, page: 0, pageSize: 50 }),
      pending_undo: () => ({ ...UNDO, remainingMs: 5_000 }),
    });
    renderSignedIn(<CustomerScreen />, { session: OWNER_SESSION });

    const banner = await screen.findByTestId("deleted-banner");
    expect(banner).toHaveTextContent("Jane Smith");
    expect(within(banner).getByTestId("banner-undo")).toBeInTheDocument();

    act(() => vi.advanceTimersByTime(4_000));
    expect(within(banner).getByTestId("banner-undo")).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1_500));
    expect(within(banner).queryByTestId("banner-undo")).not.toBeInTheDocument();
    expect(banner).toHaveTextContent("Customer deleted");
    expect(banner).toHaveTextContent("It can no longer be undone here");
    expect(callsOf("undo_delete")).toEqual([]);
  });

  it("U3 no banner Undo when Rust says nothing is undoable", async () => {
    fakeBackend({
      search_customers: () => ({ rows: [], total: 0, totalCapped: false, page: 0, pageSize: 50 }),
      pending_undo: () => null,
    });
    renderSignedIn(<CustomerScreen />, { session: OWNER_SESSION });
    await screen.findByText("There are no customers yet");
    await waitFor(() => expect(callsOf("pending_undo")).toHaveLength(1));
    expect(screen.queryByTestId("deleted-banner")).not.toBeInTheDocument();
  });
});
