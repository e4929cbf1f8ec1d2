import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "../app/App";
import type { StaffMember } from "../ipc/bindings";
import { forgetFirstScreenShown } from "../startup/firstScreenShown";
import { failsWith, signedOutBackend } from "../testing/deskScenarios";
import { callsOf, fakeBackend, ipcError, sessionFor, STAFF, startupStateOf } from "../testing/fakeBackend";
import { renderWithQueryClient } from "../testing/renderWithProviders";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn(async () => () => {}) }));

function option(name: string) {
  return screen.getAllByTestId("staff-option").find((element) => element.textContent?.includes(name))!;
}

beforeEach(() => {
  forgetFirstScreenShown();
});

describe("sign-in", () => {
  it("lists staff with role labels and marks locked users", async () => {
    signedOutBackend();
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
    signedOutBackend({
      sign_in: failsWith(ipcError("wrong_pin", "That PIN is not right. You have 2 tries left.")),
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
    signedOutBackend({
      sign_in: failsWith(ipcError("locked_out", "Too many wrong PINs. This account is locked until 14:35.")),
    });
    renderWithQueryClient(<App />);
    await user.click(await screen.findByText("Ana Popescu"));
    await user.type(screen.getByTestId("pin-input"), "0000{Enter}");
    expect(await screen.findByTestId("sign-in-error")).toHaveTextContent(
      "Too many wrong PINs. This account is locked until 14:35.",
    );
  });

  it("shows Rust's message when the central server failed to check the PIN (issue 12)", async () => {
    const user = userEvent.setup();
    const message =
      "The central server could not check your PIN (error 500). Try again, or tell IT if it keeps happening.";
    signedOutBackend({
      sign_in: failsWith(ipcError("server_error", message)),
    });
    renderWithQueryClient(<App />);
    await user.click(await screen.findByText("Jane Owner"));
    await user.type(screen.getByTestId("pin-input"), "1234{Enter}");
    const error = await screen.findByTestId("sign-in-error");
    expect(error).toHaveTextContent(message);
    expect(error).toHaveAttribute("role", "alert");
    expect(screen.queryByTestId("customer-list")).toBeNull();
  });

  it("asks for the PIN instead of calling Rust when it is empty", async () => {
    const user = userEvent.setup();
    signedOutBackend();
    renderWithQueryClient(<App />);
    await user.click(await screen.findByText("Jane Owner"));
    await user.click(screen.getByTestId("sign-in-submit"));
    expect(await screen.findByTestId("sign-in-error")).toHaveTextContent("Enter your PIN");
    expect(callsOf("sign_in")).toEqual([]);
  });

  it("speaks the chosen person's language", async () => {
    const user = userEvent.setup();
    signedOutBackend();
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
    signedOutBackend({ sign_in: () => sessionFor(STAFF[0]!) });
    renderWithQueryClient(<App />);

    await user.click(await screen.findByText("Jane Owner"));
    await user.type(screen.getByTestId("pin-input"), "2468{Enter}");

    expect(await screen.findByTestId("signed-in-name")).toHaveTextContent("Jane Owner");
    expect(await screen.findByTestId("customer-list")).toBeInTheDocument();
    await waitFor(() => expect(callsOf("search_customers")).toHaveLength(1));
  });

  it("speaks the desk's default language until someone is picked", async () => {
    const user = userEvent.setup();
    fakeBackend({
      startup_state: () => startupStateOf({ defaultLocale: "pl" }),
      current_session: () => null,
      list_staff: () => STAFF,
    });
    renderWithQueryClient(<App />);

    expect(await screen.findByRole("heading", { name: "Zaloguj się do Garage Desk" })).toBeInTheDocument();
    expect(await screen.findByText("Wybierz swoje imię i nazwisko, aby się zalogować.")).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("pl");

    await user.click(option("Jane Owner"));
    expect(await screen.findByRole("heading", { name: "Sign in to Garage Desk" })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("en-GB");
  });

  it("tells Rust the first screen is shown once the staff list has loaded, and only once", async () => {
    const user = userEvent.setup();
    let loadStaff: (staff: StaffMember[]) => void = () => {};
    let staffLoads = 0;
    fakeBackend({
      current_session: () => null,
      list_staff: () => {
        staffLoads += 1;
        if (staffLoads > 1) return STAFF;
        return new Promise<StaffMember[]>((resolve) => (loadStaff = resolve));
      },
      sign_in: failsWith(ipcError("wrong_pin", "That PIN is not right. You have 2 tries left.")),
    });
    renderWithQueryClient(<App />);

    expect(await screen.findByRole("heading", { name: "Sign in to Garage Desk" })).toBeInTheDocument();
    await waitFor(() => expect(callsOf("list_staff")).toHaveLength(1));
    // The signal waits for a painted frame: give a premature one time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(callsOf("ui_ready")).toEqual([]);

    loadStaff(STAFF);
    await screen.findAllByTestId("staff-option");
    await waitFor(() => expect(callsOf("ui_ready")).toHaveLength(1));

    // A wrong PIN reloads the staff list: that is not a new first screen.
    await user.click(option("Jane Owner"));
    await user.type(screen.getByTestId("pin-input"), "1111{Enter}");
    await screen.findByTestId("sign-in-error");
    await waitFor(() => expect(staffLoads).toBe(2));
    expect(callsOf("ui_ready")).toHaveLength(1);
  });
});
