import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { CustomerPage } from "../ipc/bindings";
import { callsOf, customerDetail, fakeBackend, pagedCustomers } from "../testing/fakeBackend";
import { renderSignedIn } from "../testing/renderWithProviders";
import { CustomerScreen } from "./CustomerScreen";
import { CustomerSearchBox } from "./CustomerSearchBox";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

function backend(total = 312) {
  return fakeBackend({
    search_customers: pagedCustomers(total, [
      { name: "Jane Smith", plates: ["AB12 CDE", "XY70 ZZZ"] },
      { name: "Tom Brown", plates: [] },
      { name: "Priya Patel", plates: ["LM19 OPQ"] },
    ]),
    get_customer: (args) =>
      customerDetail({ customer: { ...customerDetail().customer, id: String(args.customerId), name: "Opened Customer" } }),
  });
}

function rows() {
  return within(screen.getByTestId("customer-list")).getAllByTestId("customer-row");
}

describe("customer list", () => {
  it("shows a page of rows with name, phone, plates and the count", async () => {
    backend();
    renderSignedIn(<CustomerScreen />);

    expect(await screen.findByText("Jane Smith")).toBeInTheDocument();
    expect(rows()).toHaveLength(50);
    const first = rows()[0]!;
    expect(first).toHaveAttribute("data-customer-id", "c0000000-0000-4000-8000-000000000001");
    expect(within(first).getByText("07700 900001")).toBeInTheDocument();
    expect(within(first).getAllByTestId("plate").map((plate) => plate.textContent)).toEqual(["AB12 CDE", "XY70 ZZZ"]);
    expect(within(first).getByText("14/03/2026")).toBeInTheDocument();
    expect(screen.getByTestId("result-count")).toHaveTextContent("Showing 1–50 of 312");
    expect(callsOf("search_customers")[0]).toEqual({ query: { text: "", filter: "active", page: 0, pageSize: 50 } });
  });

  it("pages forwards and back", async () => {
    const user = userEvent.setup();
    backend();
    renderSignedIn(<CustomerScreen />);
    await screen.findByText("Jane Smith");

    expect(screen.getByTestId("page-previous")).toBeDisabled();
    await user.click(screen.getByTestId("page-next"));
    expect(await screen.findByText("Customer 51")).toBeInTheDocument();
    expect(screen.getByTestId("result-count")).toHaveTextContent("Showing 51–100 of 312");
    expect(callsOf("search_customers").at(-1)).toMatchObject({ query: { page: 1, pageSize: 50 } });

    // The last page is short and has no next page.
    await user.click(screen.getByTestId("page-next"));
    await user.click(await screen.findByTestId("page-next"));
    await user.click(await screen.findByTestId("page-next"));
    await user.click(await screen.findByTestId("page-next"));
    await user.click(await screen.findByTestId("page-next"));
    await waitFor(() => expect(screen.getByTestId("result-count")).toHaveTextContent("Showing 301–312 of 312"));
    expect(screen.getByTestId("page-next")).toBeDisabled();

    await user.click(screen.getByTestId("page-previous"));
    await waitFor(() => expect(screen.getByTestId("result-count")).toHaveTextContent("Showing 251–300 of 312"));
  });

  it("says 'more than 1,000' when Rust stops counting, and pages on while pages are full (issue 10)", async () => {
    const user = userEvent.setup();
    backend(1_020);
    renderSignedIn(<CustomerScreen />);
    await screen.findByText("Jane Smith");

    expect(screen.getByTestId("result-count")).toHaveTextContent("Showing 1–50 of more than 1,000");
    expect(screen.getByText("More than 1,000 customers found")).toBeInTheDocument();
    for (let page = 1; page <= 20; page++) {
      await user.click(await screen.findByTestId("page-next"));
      await waitFor(() => expect(callsOf("search_customers").at(-1)).toMatchObject({ query: { page } }));
    }
    // Page 21 holds customers 1,001-1,020: short, so there is no next page.
    await waitFor(() => expect(screen.getByTestId("result-count")).toHaveTextContent("Showing 1,001–1,020 of more than 1,000"));
    expect(screen.getByTestId("page-next")).toBeDisabled();
  });

  it("moves the highlight with the arrow keys in the search box and opens it with Enter", async () => {
    const user = userEvent.setup();
    backend();
    renderSignedIn(
      <>
        <CustomerSearchBox />
        <CustomerScreen />
      </>,
    );
    await screen.findByText("Jane Smith");
    const input = screen.getByTestId("search-input");
    await user.click(input);

    expect(rows()[0]).toHaveAttribute("data-active", "true");
    expect(input).toHaveAttribute("aria-activedescendant", rows()[0]!.id);
    await user.keyboard("{ArrowDown}{ArrowDown}{ArrowUp}{ArrowDown}{ArrowDown}");
    expect(rows()[3]).toHaveAttribute("data-active", "true");
    expect(rows()[0]).not.toHaveAttribute("data-active");
    expect(input).toHaveAttribute("aria-activedescendant", rows()[3]!.id);
    expect(input).toHaveFocus();

    await user.keyboard("{Enter}");
    expect(await screen.findByTestId("customer-page")).toBeInTheDocument();
    expect(callsOf("get_customer")).toEqual([{ customerId: "c0000000-0000-4000-8000-000000000004" }]);
  });

  it("moves focus between rows with the arrow keys in the table and opens with Enter", async () => {
    const user = userEvent.setup();
    backend();
    renderSignedIn(<CustomerScreen />);
    await screen.findByText("Jane Smith");

    await user.click(rows()[1]!.querySelector("td")!);
    // Clicking opens the customer; go back and use the keyboard instead.
    expect(await screen.findByTestId("customer-page")).toBeInTheDocument();
    await user.click(screen.getByTestId("back-to-list"));
    await screen.findByTestId("customer-list");
    // Back on the list, focus is on the row that was opened.
    await waitFor(() => expect(rows()[1]).toHaveFocus());
    expect(rows()[1]).toHaveAttribute("data-active", "true");

    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(rows()[3]).toHaveFocus();
    expect(rows()[3]).toHaveAttribute("data-active", "true");
    await user.keyboard("{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}");
    expect(rows()[0]).toHaveFocus();
    await user.keyboard("{End}");
    expect(rows()[49]).toHaveFocus();
    act(() => rows()[2]!.focus());
    await user.keyboard("{ArrowUp}");
    expect(rows()[1]).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(await screen.findByTestId("customer-page")).toBeInTheDocument();
    expect(callsOf("get_customer").at(-1)).toEqual({ customerId: "c0000000-0000-4000-8000-000000000002" });
  });

  it("asks the server for deleted customers on the Deleted tab and says so", async () => {
    const user = userEvent.setup();
    backend();
    renderSignedIn(<CustomerScreen />);
    await screen.findByText("Jane Smith");

    await user.click(screen.getByTestId("filter-deleted"));
    expect(await screen.findByText(/Deleted customers are shown read-only/)).toBeInTheDocument();
    await waitFor(() =>
      expect(callsOf("search_customers").at(-1)).toEqual({
        query: { text: "", filter: "deleted", page: 0, pageSize: 50 },
      }),
    );
  });

  it("says what to try next when nothing matches", async () => {
    const user = userEvent.setup();
    fakeBackend({
      search_customers: (args) => {
        const query = args.query as { text: string; page: number; pageSize: number };
        return query.text === ""
          ? pagedCustomers(3)(args)
          : { rows: [], total: 0, totalCapped: false, page: 0, pageSize: query.pageSize };
      },
    });
    renderSignedIn(
      <>
        <CustomerSearchBox />
        <CustomerScreen />
      </>,
    );
    await screen.findByText("Customer 1");
    await user.type(screen.getByTestId("search-input"), "zzz");

    expect(await screen.findByText("No customers match “zzz”")).toBeInTheDocument();
    expect(screen.getByText(/try a phone number, postcode or number plate/)).toBeInTheDocument();
    expect(screen.queryByTestId("customer-row")).not.toBeInTheDocument();
  });

  it("shows a skeleton while the first page loads", async () => {
    let release: (value: CustomerPage) => void = () => {};
    fakeBackend({ search_customers: () => new Promise((resolve) => (release = resolve)) });
    renderSignedIn(<CustomerScreen />);

    expect(await screen.findByText("Loading…")).toBeInTheDocument();
    expect(screen.queryByTestId("customer-list")).not.toBeInTheDocument();
    release({ rows: [], total: 0, totalCapped: false, page: 0, pageSize: 50 });
    expect(await screen.findByText("There are no customers yet")).toBeInTheDocument();
  });
});
