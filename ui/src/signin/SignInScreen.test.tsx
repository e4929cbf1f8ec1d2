import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { App } from "../app/App";
import { callsOf, fakeBackend, ipcError, pagedCustomers, sessionFor, STAFF } from "../testing/fakeBackend";
import { renderWithQueryClient } from "../testing/renderWithProviders";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn(async () => () => {}) }));

function signedOutBackend(signIn: (args: Record<string, unknown>) => unknown) {
  return fakeBackend({
    current_session: () => null,
    list_staff: () => STAFF,
    sign_in: signIn,
    search_customers: pagedCustomers(2),
  });
}

function option(name: string) {
  return screen.getAllByTestId("staff-option").find((element) => element.textContent?.includes(name))!;
}

describe("sign-in", () => {
  it("lists staff with role labels and marks locked users", async () => {
    signedOutBackend(() => null);
    renderWithQueryClient(<App />);

    const options = await screen.findAllByTestId("staff-option");
    expect(options).toHaveLength(3);
    expect(options[0]).toHaveAttribute("data-staff-id", STAFF[0]!.id);
    expect(options[0]).toHaveTextContent("Jane Owner");
    expect(options[0]).toHaveTextContent("Owner");
    expect(options[0]).not.toHaveTextContent("Locked");
    expect(options[2]).toHaveTextContent("Technician");
    expect(options[2]).toHaveTextContent("Locked");
    expect(screen.getByRole("radio", { name: /Jane Owner/ })).toBeInTheDocument();
  });

  it("shows the message of a wrong-PIN error beside the field and clears the PIN", async () => {
    const user = userEvent.setup();
    signedOutBackend(() => {
      throw ipcError("wrong_pin", "That PIN is not right. You have 2 tries left.");
    });
    renderWithQueryClient(<App />);

    await user.click(await screen.findByText("Jane Owner"));
    const pin = screen.getByLabelText("PIN for Jane Owner");
    expect(pin).toHaveAttribute("type", "password");
    expect(pin).toHaveAttribute("inputmode", "numeric");
    await user.type(pin, "1234");
    await user.click(screen.getByTestId("sign-in-submit"));

    const error = await screen.findByTestId("sign-in-error");
    expect(error).toHaveTextContent("That PIN is not right. You have 2 tries left.");
    expect(error).toHaveAttribute("role", "alert");
    expect(screen.getByTestId("pin-input")).toHaveValue("");
    expect(screen.getByTestId("pin-input")).toHaveAttribute("aria-invalid", "true");
    expect(callsOf("sign_in")).toEqual([{ staffId: STAFF[0]!.id, pin: "1234" }]);
  });

  it("shows until when a locked-out account is locked, from Rust's message", async () => {
    const user = userEvent.setup();
    signedOutBackend(() => {
      throw ipcError("locked_out", "Too many wrong PINs. This account is locked until 14:35.");
    });
    renderWithQueryClient(<App />);
    await user.click(await screen.findByText("Ana Popescu"));
    await user.type(screen.getByTestId("pin-input"), "0000{Enter}");
    expect(await screen.findByTestId("sign-in-error")).toHaveTextContent(
      "Too many wrong PINs. This account is locked until 14:35.",
    );
  });

  it("asks for the PIN instead of calling Rust when it is empty", async () => {
    const user = userEvent.setup();
    signedOutBackend(() => null);
    renderWithQueryClient(<App />);
    await user.click(await screen.findByText("Jane Owner"));
    await user.click(screen.getByTestId("sign-in-submit"));
    expect(await screen.findByTestId("sign-in-error")).toHaveTextContent("Enter your PIN");
    expect(callsOf("sign_in")).toEqual([]);
  });

  it("speaks the chosen person's language", async () => {
    const user = userEvent.setup();
    signedOutBackend(() => null);
    renderWithQueryClient(<App />);
    expect(await screen.findByRole("heading", { name: "Sign in to Garage Desk" })).toBeInTheDocument();
    await screen.findAllByTestId("staff-option");

    await user.click(option("Piotr Nowak"));
    expect(await screen.findByRole("heading", { name: "Zaloguj się do Garage Desk" })).toBeInTheDocument();
    expect(screen.getByTestId("sign-in-submit")).toHaveTextContent("Zaloguj się");
    expect(within(option("Piotr Nowak")).getByText("Doradca serwisowy")).toBeInTheDocument();
  });

  it("signs in and opens the customer list", async () => {
    const user = userEvent.setup();
    signedOutBackend(() => sessionFor(STAFF[0]!));
    renderWithQueryClient(<App />);

    await user.click(await screen.findByText("Jane Owner"));
    await user.type(screen.getByTestId("pin-input"), "2468{Enter}");

    expect(await screen.findByTestId("signed-in-name")).toHaveTextContent("Jane Owner");
    expect(await screen.findByTestId("customer-list")).toBeInTheDocument();
    await waitFor(() => expect(callsOf("search_customers")).toHaveLength(1));
  });
});
