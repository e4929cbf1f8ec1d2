import { QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { invoke } from "@tauri-apps/api/core";
import { getCurrentWindow } from "@tauri-apps/api/window";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "../app/App";
import { createQueryClient } from "../app/queryClient";
import { failsOnce, signedOutBackend } from "../testing/deskScenarios";
import { callsOf, fakeBackend, ipcError, pagedCustomers, sessionFor, STAFF, startupStateOf } from "../testing/fakeBackend";
import { renderWithQueryClient } from "../testing/renderWithProviders";
import { forgetFirstScreenShown } from "./firstScreenShown";

const closeWindow = vi.hoisted(() => vi.fn(async () => {}));

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn(async () => () => {}) }));
vi.mock("@tauri-apps/api/window", () => ({ getCurrentWindow: vi.fn(() => ({ close: closeWindow })) }));

const SETTINGS_MESSAGE =
  "Garage Desk nie może się uruchomić: plik ustawień C:\\ProgramData\\Garage Desk\\settings.toml zawiera błąd w wierszu 4: expected `=`. Poproś dział IT o poprawienie pliku, a potem uruchom Garage Desk ponownie.";

function commandsCalled(): string[] {
  return vi.mocked(invoke).mock.calls.map(([command]) => command);
}

beforeEach(() => {
  forgetFirstScreenShown();
});

describe("start-up", () => {
  it("shows Rust's message on a full-window screen in the default language, and asks Rust nothing else", async () => {
    fakeBackend({
      startup_state: () =>
        startupStateOf({ defaultLocale: "pl", problem: ipcError("settings_invalid", SETTINGS_MESSAGE) }),
    });
    renderWithQueryClient(<App />);

    const problem = await screen.findByTestId("startup-problem");
    expect(screen.getByRole("heading", { name: "Nie można uruchomić Garage Desk" })).toBeInTheDocument();
    expect(screen.getByTestId("startup-problem-message")).toHaveTextContent(SETTINGS_MESSAGE, { normalizeWhitespace: false });
    expect(problem).toHaveTextContent("Zadzwoń do działu IT");
    expect(screen.getByRole("button", { name: "Zamknij Garage Desk" })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("pl");

    // No other command works on a desk that did not open: nothing else may be asked, even later.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(commandsCalled()).toEqual(["startup_state"]);
  });

  it("Close Garage Desk closes the window", async () => {
    const user = userEvent.setup();
    fakeBackend({
      startup_state: () =>
        startupStateOf({
          problem: ipcError("data_folder_unavailable", "Garage Desk cannot start: it cannot open its data folder D:\\GarageDesk (access denied)."),
        }),
    });
    renderWithQueryClient(<App />);

    expect(await screen.findByTestId("startup-problem-message")).toHaveTextContent("D:\\GarageDesk (access denied)");
    expect(screen.getByRole("heading", { name: "Garage Desk can’t start" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Close Garage Desk" }));
    expect(getCurrentWindow).toHaveBeenCalled();
    expect(closeWindow).toHaveBeenCalledTimes(1);
  });

  it("says what happened when the start-up state cannot be read, and tries again", async () => {
    const user = userEvent.setup();
    signedOutBackend({
      startup_state: failsOnce(ipcError("storage", "Garage Desk could not read its start-up state."), () => startupStateOf()),
    });
    renderWithQueryClient(<App />);

    expect(await screen.findByRole("alert")).toHaveTextContent("Garage Desk could not read its start-up state.");
    expect(commandsCalled()).toEqual(["startup_state"]);
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("heading", { name: "Sign in to Garage Desk" })).toBeInTheDocument();
    expect(callsOf("startup_state")).toHaveLength(2);
  });

  it("says the desk is ready once the signed-in app shows, when someone is still signed in", async () => {
    fakeBackend({
      current_session: () => sessionFor(STAFF[0]!),
      search_customers: pagedCustomers(2),
      pending_undo: () => null,
    });
    renderWithQueryClient(<App />);

    expect(await screen.findByTestId("signed-in-name")).toHaveTextContent("Jane Owner");
    await waitFor(() => expect(callsOf("ui_ready")).toHaveLength(1));
    expect(commandsCalled()[0]).toBe("startup_state");
    await screen.findByText("Customer 1");
    expect(callsOf("ui_ready")).toHaveLength(1);
  });

  it("keeps the signed-in app on screen after signing in drops the cached start-up state", async () => {
    const user = userEvent.setup();
    signedOutBackend({ sign_in: () => sessionFor(STAFF[0]!), pending_undo: () => null });
    const queryClient = createQueryClient();
    const app = () => (
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    );
    const view = render(app());
    await user.click(await screen.findByText("Jane Owner"));
    await user.type(screen.getByTestId("pin-input"), "2468{Enter}");
    await screen.findByText("Customer 1");

    view.rerender(app());
    expect(document.querySelector(".app-starting")).toBeNull();
    expect(screen.getByTestId("signed-in-name")).toHaveTextContent("Jane Owner");
    expect(callsOf("ui_ready")).toHaveLength(1);
  });
});
