import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { CustomerDetail } from "../../ipc/bindings";
import { failsWith } from "../../testing/deskScenarios";
import { customerDetail, fakeBackend, ipcError } from "../../testing/fakeBackend";
import { renderSignedIn } from "../../testing/renderWithProviders";
import { CustomerScreen } from "../CustomerScreen";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

const CUSTOMER_ID = "c0000000-0000-4000-8000-000000000001";

const FULL: CustomerDetail = customerDetail({
  vehicles: [
    { id: "v1", make: "Ford", model: "Focus", colour: "Blue", year: 2019, active: true, plate: "AB12 CDE", previousPlates: ["J4 NES"] },
    { id: "v2", make: "Vauxhall", model: "Corsa", colour: null, year: null, active: false, plate: null, previousPlates: [] },
  ],
  workOrders: [
    { id: "w1", number: "WO-1041", description: "MOT and service", status: "awaiting_parts", active: true, vehiclePlate: "AB12 CDE", vehicleLabel: "Ford Focus", createdAt: "2026-12-31T12:00:00Z" },
    { id: "w2", number: "WO-0990", description: "Brake pads", status: "completed", active: false, vehiclePlate: null, vehicleLabel: null, createdAt: "2025-06-02T09:00:00Z" },
  ],
  invoices: [
    { id: "i1", number: "INV-2001", status: "issued", issuedAt: "2026-12-31T12:00:00Z", totalPence: 123456, outstandingPence: 50000, billedName: "Jane Jones", unpaid: true },
    { id: "i2", number: "INV-2002", status: "paid", issuedAt: "2026-11-01T12:00:00Z", totalPence: 9999, outstandingPence: 0, billedName: "Jane Smith", unpaid: false },
  ],
  conversations: [
    { id: "m1", channel: "sms", subject: "Car ready", lastMessage: "Your car is ready to collect.", status: "snoozed", lastMessageAt: "2026-12-30T15:04:00Z" },
  ],
  consentEvents: [
    { id: "e1", channel: "email", kind: "withdrawn", source: "web_form", occurredAt: "2026-10-01T12:00:00Z" },
  ],
});

function renderPage(detail: CustomerDetail | (() => never), locale: "en-GB" | "pl" = "en-GB") {
  fakeBackend({
    get_customer: () => (typeof detail === "function" ? detail() : detail),
    search_customers: () => ({ rows: [], total: 0, totalCapped: false, page: 0, pageSize: 50 }),
  });
  return renderSignedIn(<CustomerScreen />, { locale, initialRoute: { screen: "customer", customerId: CUSTOMER_ID } });
}

describe("customer page", () => {
  it("shows the header: name large, contact details, an empty actions area", async () => {
    renderPage(FULL);
    const heading = await screen.findByTestId("customer-name");
    expect(heading).toHaveTextContent("Jane Smith");
    expect(heading.tagName).toBe("H1");
    expect(screen.getByTestId("contact-phone")).toHaveTextContent("0161 496 0000");
    expect(screen.getByTestId("contact-email")).toHaveTextContent("jane@example.co.uk");
    expect(screen.getByTestId("contact-address")).toHaveTextContent("1 High Street, Manchester");
    expect(screen.getByTestId("contact-postcode")).toHaveTextContent("M1 1AA");
    expect(screen.getByTestId("customer-actions")).toBeEmptyDOMElement();
    expect(screen.queryByTestId("deleted-notice")).not.toBeInTheDocument();
  });

  it("lists vehicles with plates, previous plates and inactive ones marked", async () => {
    renderPage(FULL);
    const section = await screen.findByTestId("vehicles-section");
    const plates = within(section).getAllByTestId("plate").map((plate) => plate.textContent);
    expect(plates).toEqual(["AB12 CDE", "J4 NES"]);
    const [focus, corsa] = within(section).getAllByTestId("vehicle-row");
    expect(focus).toHaveTextContent("Ford Focus");
    expect(focus).toHaveTextContent("Blue");
    expect(focus).toHaveTextContent("2019");
    expect(focus).not.toHaveTextContent("Inactive");
    expect(corsa).toHaveTextContent("Vauxhall Corsa");
    expect(corsa).toHaveTextContent("Inactive");
    expect(corsa).toHaveTextContent("No plate");
    expect(within(section).getByText("1 active vehicle")).toBeInTheDocument();
  });

  it("shows work order statuses as labelled text, with plate and date", async () => {
    renderPage(FULL);
    const section = await screen.findByTestId("work-orders-section");
    const [first, second] = within(section).getAllByTestId("work-order-row");
    expect(first).toHaveTextContent("WO-1041");
    expect(within(first!).getByTestId("plate")).toHaveTextContent("AB12 CDE");
    expect(within(first!).getByText("Awaiting parts")).toHaveClass("status-label--warning");
    expect(first).toHaveTextContent("31/12/2026");
    expect(within(second!).getByText("Completed")).toBeInTheDocument();
  });

  it("formats invoice money and shows the name on the invoice only when it differs", async () => {
    renderPage(FULL);
    const section = await screen.findByTestId("invoices-section");
    const [renamed, same] = within(section).getAllByTestId("invoice-row");
    expect(renamed).toHaveTextContent("£1,234.56");
    expect(renamed).toHaveTextContent("£500.00");
    expect(renamed).toHaveTextContent("Issued");
    expect(renamed).toHaveTextContent("31/12/2026");
    expect(within(renamed!).getByTestId("invoice-billed-name")).toHaveTextContent("Jane Jones");
    expect(same).toHaveTextContent("£99.99");
    expect(same).toHaveTextContent("£0.00");
    expect(within(same!).getByTestId("invoice-billed-name")).toBeEmptyDOMElement();
    expect(within(section).getByRole("columnheader", { name: "Name on invoice" })).toBeInTheDocument();
  });

  it("leaves out the name-on-invoice column when every invoice carries today's name", async () => {
    renderPage({ ...FULL, invoices: [{ ...FULL.invoices[1]! }] });
    const section = await screen.findByTestId("invoices-section");
    expect(within(section).queryByRole("columnheader", { name: "Name on invoice" })).not.toBeInTheDocument();
  });

  it("shows conversations and consent history", async () => {
    renderPage(FULL);
    const conversations = await screen.findByTestId("conversations-section");
    expect(conversations).toHaveTextContent("SMS");
    expect(conversations).toHaveTextContent("Car ready");
    expect(conversations).toHaveTextContent("Your car is ready to collect.");
    expect(conversations).toHaveTextContent("Snoozed");
    const consent = screen.getByTestId("consent-section");
    expect(consent).toHaveTextContent("Email");
    expect(consent).toHaveTextContent("Withdrawn");
    expect(consent).toHaveTextContent("Web form");
  });

  it("gives each empty section an empty state", async () => {
    renderPage(customerDetail());
    await screen.findByTestId("customer-name");
    expect(screen.getByTestId("vehicles-section")).toHaveTextContent("No vehicles recorded for this customer.");
    expect(screen.getByTestId("work-orders-section")).toHaveTextContent("No work orders for this customer.");
    expect(screen.getByTestId("invoices-section")).toHaveTextContent("No invoices for this customer.");
    expect(screen.getByTestId("conversations-section")).toHaveTextContent("No conversations with this customer.");
    expect(screen.getByTestId("consent-section")).toHaveTextContent("No marketing consent has been recorded");
  });

  it("says clearly that a deleted customer is read-only", async () => {
    renderPage(customerDetail({ customer: { ...customerDetail().customer, deletedAt: "2026-12-31T12:00:00Z" } }));
    const notice = await screen.findByTestId("deleted-notice");
    expect(notice).toHaveTextContent("This customer was deleted on 31/12/2026.");
    expect(notice).toHaveTextContent("read-only");
  });

  it("formats money and statuses in Polish for a Polish user", async () => {
    renderPage(FULL, "pl");
    const section = await screen.findByTestId("invoices-section");
    const [renamed] = within(section).getAllByTestId("invoice-row");
    // Polish puts the currency after the amount, with a decimal comma (and no grouping under 10 000).
    expect(renamed!.textContent?.replace(/\s/g, " ")).toContain("1234,56 £");
    expect(screen.getByText("Czeka na części")).toBeInTheDocument();
    expect(screen.getByText("1 aktywny pojazd")).toBeInTheDocument();
  });

  it("shows the message from Rust when the customer cannot be loaded", async () => {
    renderPage(failsWith(ipcError("not_found", "This customer no longer exists.")));
    expect(await screen.findByRole("alert")).toHaveTextContent("This customer no longer exists.");
  });

  it("goes back to the list with Alt+Left", async () => {
    const user = userEvent.setup();
    renderPage(FULL);
    await screen.findByTestId("customer-name");
    await user.keyboard("{Alt>}{ArrowLeft}{/Alt}");
    expect(await screen.findByText("There are no customers yet")).toBeInTheDocument();
    expect(screen.queryByTestId("customer-page")).not.toBeInTheDocument();
  });

  it("goes back with Escape from the page", async () => {
    const user = userEvent.setup();
    renderPage(FULL);
    await screen.findByTestId("customer-name");
    await user.keyboard("{Escape}");
    expect(screen.queryByTestId("customer-page")).not.toBeInTheDocument();
  });

  it("does not go back when Escape is pressed in a text field", async () => {
    const user = userEvent.setup();
    fakeBackend({ get_customer: () => FULL });
    renderSignedIn(
      <>
        <input aria-label="Note" />
        <CustomerScreen />
      </>,
      { initialRoute: { screen: "customer", customerId: CUSTOMER_ID } },
    );
    await screen.findByTestId("customer-name");
    await user.type(screen.getByLabelText("Note"), "x{Escape}");
    expect(screen.getByTestId("customer-page")).toBeInTheDocument();
  });
});
