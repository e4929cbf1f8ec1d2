import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { listen } from "@tauri-apps/api/event";
import { describe, expect, it, vi } from "vitest";
import type { InvoiceListRow, Permission } from "../ipc/bindings";
import {
  callsOf,
  customerDetail,
  fakeBackend,
  OWNER_PERMISSIONS,
  pagedCustomers,
  sessionWith,
  STAFF,
} from "../testing/fakeBackend";
import { renderWithQueryClient } from "../testing/renderWithProviders";
import { App } from "./App";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn() }));

const CUSTOMER_ID = "c0000000-0000-4000-8000-000000000002";

const DELETED_CUSTOMERS_INVOICE: InvoiceListRow = {
  id: "i1",
  number: "INV-0990",
  customerId: "c0000000-0000-4000-8000-000000000099",
  customerName: "Old Name Ltd",
  billedName: "Old Name Ltd",
  customerDeleted: true,
  status: "paid",
  issuedAt: "2025-01-10T12:00:00Z",
  totalPence: 9999,
  outstandingPence: 0,
  unpaid: false,
};

function backend(permissions: Permission[]) {
  return fakeBackend({
    current_session: () => sessionWith(STAFF[0]!, permissions),
    search_customers: pagedCustomers(3),
    pending_undo: () => null,
    get_customer: (args) => customerDetail({ customer: { ...customerDetail().customer, id: String(args.customerId), name: "Tom Brown" } }),
    list_invoices: () => [DELETED_CUSTOMERS_INVOICE, { ...DELETED_CUSTOMERS_INVOICE, id: "i2", number: "INV-1000", customerId: CUSTOMER_ID, customerName: "Tom Brown", customerDeleted: false }],
    list_work_orders: () => [],
  });
}

describe("main window", () => {
  it("D4 the show-customer event reloads and opens that customer's page; the listener is removed on unmount", async () => {
    const unlisten = vi.fn();
    let handler: ((event: { payload: { customerId: string } }) => void) | undefined;
    vi.mocked(listen).mockImplementation(async (_name, callback) => {
      handler = callback as typeof handler;
      return unlisten;
    });
    backend(OWNER_PERMISSIONS);
    const view = renderWithQueryClient(<App />);
    await screen.findByText("Customer 1");
    await waitFor(() => expect(handler).toBeDefined());
    expect(vi.mocked(listen).mock.calls[0]![0]).toBe("show-customer");
    const searches = callsOf("search_customers").length;

    act(() => handler!({ payload: { customerId: CUSTOMER_ID } }));
    expect(await screen.findByTestId("customer-name")).toHaveTextContent("Tom Brown");
    expect(callsOf("get_customer")).toContainEqual({ customerId: CUSTOMER_ID });
    // Everything was invalidated: the session was read again too.
    await waitFor(() => expect(callsOf("current_session").length).toBeGreaterThan(1));
    expect(callsOf("search_customers").length).toBeGreaterThanOrEqual(searches);

    view.unmount();
    expect(unlisten).toHaveBeenCalled();
  });

  it("shows Staff and permissions in the navigation only to those who may manage it", async () => {
    vi.mocked(listen).mockResolvedValue(() => {});
    backend(["customers.view", "customers.edit"]);
    const view = renderWithQueryClient(<App />);
    expect(await screen.findByTestId("nav-work-orders")).toBeInTheDocument();
    expect(screen.getByTestId("nav-invoices")).toBeInTheDocument();
    expect(screen.getByTestId("nav-conversations")).toBeInTheDocument();
    expect(screen.queryByTestId("nav-staff-permissions")).not.toBeInTheDocument();
    view.unmount();

    backend(OWNER_PERMISSIONS);
    renderWithQueryClient(<App />);
    expect(await screen.findByTestId("nav-staff-permissions")).toHaveTextContent("Staff and permissions");
  });

  it("lists invoices garage-wide, open only by default, marking deleted customers and linking live ones", async () => {
    const user = userEvent.setup();
    vi.mocked(listen).mockResolvedValue(() => {});
    backend(OWNER_PERMISSIONS);
    renderWithQueryClient(<App />);
    await user.click(await screen.findByTestId("nav-invoices"));

    expect(await screen.findByTestId("invoices-page")).toBeInTheDocument();
    expect(screen.getByTestId("nav-invoices")).toHaveAttribute("aria-current", "page");
    const rows = await screen.findAllByTestId("resolve-row");
    expect(callsOf("list_invoices")[0]).toEqual({ filter: { customerId: null, onlyOpen: true } });
    expect(rows[0]).toHaveTextContent("Old Name Ltd");
    expect(rows[0]).toHaveTextContent("Deleted customer");
    expect(rows[0]!.querySelector("[data-testid=row-customer-link]")).toBeNull();

    await user.click(screen.getByTestId("filter-all"));
    await waitFor(() => expect(callsOf("list_invoices").at(-1)).toEqual({ filter: { customerId: null, onlyOpen: false } }));

    await user.click(screen.getByRole("button", { name: "Tom Brown" }));
    expect(await screen.findByTestId("customer-name")).toHaveTextContent("Tom Brown");
  });
});
