import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { callsOf, fakeBackend, pagedCustomers } from "../testing/fakeBackend";
import { renderSignedIn } from "../testing/renderWithProviders";
import { CustomerScreen } from "./CustomerScreen";
import { CustomerSearchBox } from "./CustomerSearchBox";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

function searchedTexts(): string[] {
  return callsOf("search_customers").map((args) => (args.query as { text: string }).text);
}

describe("search box", () => {
  it("searches as you type and shows the newest text's rows, keeping the old ones until then (issue 10)", async () => {
    const user = userEvent.setup();
    fakeBackend({ search_customers: pagedCustomers(5) });
    renderSignedIn(
      <>
        <CustomerSearchBox />
        <CustomerScreen />
      </>,
    );
    await screen.findByText("Customer 1");
    expect(searchedTexts()).toEqual([""]);
    expect(screen.getByTestId("customer-list")).toHaveAttribute("data-shown-for", "");

    await user.type(screen.getByTestId("search-input"), "ab12 c");
    await waitFor(() => expect(searchedTexts().at(-1)).toEqual("ab12 c"));
    expect(callsOf("search_customers").at(-1)).toEqual({
      query: { text: "ab12 c", filter: "active", page: 0, pageSize: 50 },
    });
    await waitFor(() => expect(screen.getByTestId("customer-list")).toHaveAttribute("data-shown-for", "ab12 c"));
    // The rows never gave way to a loading skeleton while typing.
    expect(screen.getByText("Customer 1")).toBeInTheDocument();
  });

  it("tells what can be searched and has a label", () => {
    fakeBackend({ search_customers: pagedCustomers(0) });
    renderSignedIn(<CustomerSearchBox />);
    const input = screen.getByLabelText("Search customers");
    expect(input).toHaveAttribute("placeholder", "Search by name, phone, email, postcode or plate");
  });

  it("is focused by Ctrl+K and Cmd+K from anywhere", async () => {
    const user = userEvent.setup();
    fakeBackend({ search_customers: pagedCustomers(3) });
    renderSignedIn(
      <>
        <button type="button">Elsewhere</button>
        <CustomerSearchBox />
      </>,
    );
    const input = screen.getByTestId("search-input");
    await user.click(screen.getByRole("button", { name: "Elsewhere" }));
    expect(input).not.toHaveFocus();

    await user.keyboard("{Control>}k{/Control}");
    expect(input).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "Elsewhere" }));
    await user.keyboard("{Meta>}k{/Meta}");
    expect(input).toHaveFocus();
  });
});
