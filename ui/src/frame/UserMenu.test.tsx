import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { App } from "../app/App";
import type { Locale, SessionInfo } from "../ipc/bindings";
import { callsOf, fakeBackend, pagedCustomers, sessionFor, STAFF } from "../testing/fakeBackend";
import { renderWithQueryClient } from "../testing/renderWithProviders";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn(async () => () => {}) }));

function signedInBackend() {
  let session: SessionInfo | null = sessionFor(STAFF[0]!);
  return fakeBackend({
    current_session: () => session,
    list_staff: () => STAFF,
    search_customers: pagedCustomers(120),
    set_my_locale: (args) => {
      session = { ...session!, user: { ...session!.user, locale: args.locale as Locale } };
      return session;
    },
    sign_out: () => {
      session = null;
      return null;
    },
  });
}

async function openMenu(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByTestId("user-menu"));
  return screen.findByRole("menu");
}

describe("user menu", () => {
  it("switches the whole UI to Polish at once", async () => {
    const user = userEvent.setup();
    signedInBackend();
    renderWithQueryClient(<App />);
    expect(await screen.findByRole("heading", { name: "Customers" })).toBeInTheDocument();
    expect(await screen.findByTestId("result-count")).toHaveTextContent("Showing 1–50 of 120");

    const menu = await openMenu(user);
    expect(within(menu).getByTestId("menu-language-en-GB")).toHaveAttribute("aria-checked", "true");
    await user.click(within(menu).getByTestId("menu-language-pl"));

    expect(await screen.findByRole("heading", { name: "Klienci" })).toBeInTheDocument();
    expect(screen.getByTestId("result-count")).toHaveTextContent("Wyświetlono 1–50 z 120");
    expect(screen.getByTestId("search-input")).toHaveAttribute(
      "placeholder",
      "Szukaj: nazwisko, telefon, e-mail, kod pocztowy, nr rej.",
    );
    expect(document.documentElement.lang).toBe("pl");
    expect(callsOf("set_my_locale")).toEqual([{ locale: "pl" }]);

    const polishMenu = await openMenu(user);
    expect(within(polishMenu).getByTestId("menu-language-pl")).toHaveAttribute("aria-checked", "true");
    expect(within(polishMenu).getByTestId("menu-sign-out")).toHaveTextContent("Wyloguj się");
  });

  it("switches to Romanian", async () => {
    const user = userEvent.setup();
    signedInBackend();
    renderWithQueryClient(<App />);
    const menu = await openMenu(user);
    await user.click(within(menu).getByTestId("menu-language-ro"));
    expect(await screen.findByRole("heading", { name: "Clienți" })).toBeInTheDocument();
  });

  it("switch user signs out and shows the staff list", async () => {
    const user = userEvent.setup();
    signedInBackend();
    renderWithQueryClient(<App />);
    expect(await screen.findByTestId("signed-in-name")).toHaveTextContent("Jane Owner");

    const menu = await openMenu(user);
    await user.click(within(menu).getByTestId("menu-switch-user"));

    expect(await screen.findAllByTestId("staff-option")).toHaveLength(3);
    expect(screen.queryByTestId("signed-in-name")).not.toBeInTheDocument();
    expect(callsOf("sign_out")).toHaveLength(1);
  });

  it("sign out returns to the sign-in screen", async () => {
    const user = userEvent.setup();
    signedInBackend();
    renderWithQueryClient(<App />);
    const menu = await openMenu(user);
    await user.click(within(menu).getByTestId("menu-sign-out"));
    expect(await screen.findByRole("heading", { name: "Sign in to Garage Desk" })).toBeInTheDocument();
  });
});
