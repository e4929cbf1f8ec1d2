import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { CustomerPage, CustomerQuery, RestoreCheck, RestoreResult } from "../ipc/bindings";
import { failsWith, renderCustomerScreen } from "../testing/deskScenarios";
import { callsOf, customerRow, fakeBackend, ipcError, OWNER_PERMISSIONS, type CommandHandlers } from "../testing/fakeBackend";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

const JANE = customerRow(1, { name: "Jane Smith", deletedAt: "2026-11-30T09:00:00Z", plates: [] });
const BATCH = "b0000000-0000-4000-8000-000000000001";

function check(overrides: Partial<RestoreCheck> = {}): RestoreCheck {
  return {
    customerId: JANE.id,
    customerName: "Jane Smith",
    batchId: BATCH,
    deletedAt: "2026-11-30T09:00:00Z",
    state: "confirm",
    vehicles: 1,
    plates: ["YK14 JSM"],
    conversations: 1,
    impact: "This will bring back this customer, 1 vehicle and 1 conversation, as they were before the delete.",
    leftOut: [],
    ...overrides,
  };
}

const RESTORED: RestoreResult = { customerId: JANE.id, customerName: "Jane Smith", vehicles: 1, conversations: 1, leftOut: [] };

/** A list whose Deleted filter holds Jane; restoring her moves her back to Active. */
function backend(handlers: CommandHandlers = {}) {
  let restored = false;
  return fakeBackend({
    search_customers: (args): CustomerPage => {
      const query = args.query as CustomerQuery;
      const rows = (query.filter === "deleted") !== restored ? [JANE] : [];
      return { rows, total: rows.length, totalCapped: false, page: 0, pageSize: query.pageSize };
    },
    check_restore_customer: () => check(),
    restore_customer: () => {
      restored = true;
      return RESTORED;
    },
    ...handlers,
  });
}

async function openDeletedFilter(permissions = OWNER_PERMISSIONS, locale: "en-GB" | "pl" = "en-GB") {
  const user = renderCustomerScreen(permissions, locale);
  await user.click(await screen.findByTestId("filter-deleted"));
  await screen.findByText("Jane Smith");
  return user;
}

describe("restoring a deleted customer (R1–R4)", () => {
  it("R1, R2: an Owner restores from the Deleted filter after seeing what comes back", async () => {
    backend();
    const user = await openDeletedFilter();

    await user.click(screen.getByRole("button", { name: "Restore Jane Smith" }));
    const dialog = await screen.findByTestId("restore-dialog");
    expect(within(dialog).getByRole("heading", { name: "Restore Jane Smith?" })).toBeInTheDocument();
    expect(await within(dialog).findByTestId("restore-impact")).toHaveTextContent("1 vehicle and 1 conversation");
    expect(within(dialog).getByText("Deleted on 30/11/2026")).toBeInTheDocument();
    expect(within(within(dialog).getByTestId("restore-plates")).getByTestId("plate")).toHaveTextContent("YK14 JSM");
    expect(callsOf("check_restore_customer")).toEqual([{ customerId: JANE.id }]);
    expect(within(dialog).getByTestId("restore-confirm")).toHaveFocus();

    await user.click(within(dialog).getByTestId("restore-confirm"));
    const banner = await screen.findByTestId("restored-banner");
    expect(banner).toHaveTextContent("Customer restored");
    expect(banner).toHaveTextContent("Jane Smith is back on the customer list with 1 vehicle and 1 conversation.");
    expect(callsOf("restore_customer")).toEqual([{ customerId: JANE.id, batchId: BATCH }]);
    expect(screen.queryByTestId("restore-dialog")).not.toBeInTheDocument();
    // The list asks Rust again: Jane has left the Deleted filter.
    await waitFor(() => expect(screen.queryByText("Jane Smith", { selector: "th" })).not.toBeInTheDocument());
    expect(callsOf("get_customer")).toEqual([]);
  });

  it("R1: without customers.restore there is no Restore column or button", async () => {
    backend();
    await openDeletedFilter(["customers.view", "customers.edit", "customers.delete"]);
    expect(screen.queryByTestId("restore-button")).not.toBeInTheDocument();
    expect(screen.queryByRole("columnheader", { name: "Actions" })).not.toBeInTheDocument();
  });

  it("R3: a taken plate is named, and only Close is offered", async () => {
    backend({
      check_restore_customer: () =>
        check({
          state: "plate_taken",
          impact: "This customer cannot be restored: plate YK14 JSM is now on another vehicle. Nothing has been changed.",
        }),
    });
    const user = await openDeletedFilter();
    await user.click(screen.getByTestId("restore-button"));
    const dialog = await screen.findByTestId("restore-dialog");
    expect(await within(dialog).findByRole("alert")).toHaveTextContent("plate YK14 JSM is now on another vehicle");
    expect(within(dialog).queryByTestId("restore-confirm")).not.toBeInTheDocument();
    expect(within(dialog).getByTestId("restore-cancel")).toHaveTextContent("Close");
    expect(within(dialog).getByTestId("restore-cancel")).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByTestId("restore-dialog")).not.toBeInTheDocument();
    expect(callsOf("restore_customer")).toEqual([]);
  });

  it("R3, R8: a refusal from Rust at the moment of restoring is shown in the dialog", async () => {
    backend({
      restore_customer: failsWith(ipcError("plate_taken", "The customer was not restored: plate YK14 JSM is now on another vehicle.")),
    });
    const user = await openDeletedFilter();
    await user.click(screen.getByTestId("restore-button"));
    await user.click(await screen.findByTestId("restore-confirm"));
    expect(await screen.findByTestId("restore-error")).toHaveTextContent("plate YK14 JSM is now on another vehicle");
    expect(screen.getByTestId("restore-confirm")).toBeDisabled();
    expect(screen.queryByTestId("restored-banner")).not.toBeInTheDocument();
  });

  it("R4: what cannot be put back is listed in the dialog and the banner", async () => {
    const leftOut = [{ kind: "vehicle_moved" as const, text: "Ford Focus (YK14 JSM) is on another customer’s record now and stays there." }];
    backend({
      check_restore_customer: () => check({ vehicles: 0, plates: [], leftOut }),
      restore_customer: () => ({ ...RESTORED, vehicles: 0, leftOut }),
    });
    const user = await openDeletedFilter();
    await user.click(screen.getByTestId("restore-button"));
    const dialog = await screen.findByTestId("restore-dialog");
    expect(await within(dialog).findByTestId("restore-left-out")).toHaveTextContent("Ford Focus (YK14 JSM)");
    expect(within(dialog).queryByTestId("restore-plates")).not.toBeInTheDocument();
    await user.click(within(dialog).getByTestId("restore-confirm"));
    expect(await screen.findByTestId("restored-left-out")).toHaveTextContent("Left as it is:");
    expect(screen.getByTestId("restored-banner")).toHaveTextContent("with 0 vehicles and 1 conversation");
  });

  it("speaks Polish to a Polish user", async () => {
    backend();
    const user = await openDeletedFilter(OWNER_PERMISSIONS, "pl");
    await user.click(screen.getByRole("button", { name: "Przywróć klienta Jane Smith" }));
    const dialog = await screen.findByTestId("restore-dialog");
    expect(within(dialog).getByRole("heading", { name: "Przywrócić klienta Jane Smith?" })).toBeInTheDocument();
    await user.click(await within(dialog).findByRole("button", { name: "Przywróć klienta" }));
    expect(await screen.findByTestId("restored-banner")).toHaveTextContent(
      "Klient Jane Smith jest z powrotem na liście klientów: 1 pojazd i 1 rozmowa.",
    );
  });
});
