import { act, cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../app/App";
import { Frame } from "../frame/Frame";
import { createFormatters } from "../i18n/formatters";
import type { SyncStatus } from "../ipc/bindings";
import {
  callsOf,
  customerRow,
  fakeBackend,
  sessionFor,
  STAFF,
  syncStatusOf,
  type CommandHandlers,
} from "../testing/fakeBackend";
import { renderSignedIn, renderWithQueryClient } from "../testing/renderWithProviders";
import { SYNC_POLL_MS } from "./syncQueries";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn(async () => () => {}) }));

afterEach(() => {
  vi.useRealTimers();
});

const POLISH = sessionFor(STAFF[1]!);

function renderFrame(status: () => SyncStatus, options: Parameters<typeof renderSignedIn>[1] = {}) {
  fakeBackend({ sync_status: status });
  return renderSignedIn(
    <Frame search={null}>
      <p>Main area</p>
    </Frame>,
    options,
  );
}

async function nextPoll() {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(SYNC_POLL_MS);
  });
}

describe("S5 sync status indicator", () => {
  it.each([
    ["standalone", 0, "This desk only"],
    ["online", 0, "Online"],
    ["online", 2, "Online · 2 waiting"],
    ["syncing", 3, "Syncing · 3 waiting"],
    ["syncing", 0, "Syncing"],
    ["offline", 3, "Offline · 3 changes waiting"],
    ["offline", 1, "Offline · 1 change waiting"],
    ["offline", 1234, "Offline · 1,234 changes waiting"],
    ["offline", 0, "Offline"],
    ["not_enrolled", 2, "Not enrolled"],
    ["server_problem", 2, "Server problem · 2 changes waiting"],
    ["server_problem", 0, "Server problem"],
  ] as const)("S5 %s with %i waiting reads “%s”", async (connection, waiting, text) => {
    const status = syncStatusOf({ connection, waiting });
    renderFrame(() => status);
    const indicator = await screen.findByTestId("sync-status");
    expect(indicator).toHaveAttribute("data-connection", status.connection);
    expect(within(indicator).getByTestId("sync-status-text")).toHaveTextContent(new RegExp(`^${text}$`));
    expect(indicator).toHaveAccessibleName(text);
    expect(within(screen.getByRole("banner")).getByTestId("sync-status")).toBe(indicator);
  });

  it("S5 polls every two seconds, before anything else happens, and shows the new state", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let status = syncStatusOf({ connection: "online", lastSync: "2026-03-14T12:30:00Z" });
    renderFrame(() => status);
    expect(await screen.findByTestId("sync-status")).toHaveTextContent("Online");

    status = { ...status, connection: "offline", waiting: 3 };
    await nextPoll();
    await waitFor(() => expect(screen.getByTestId("sync-status")).toHaveAttribute("data-connection", "offline"));
    expect(screen.getByTestId("sync-status")).toHaveTextContent("Offline · 3 changes waiting");

    status = { ...status, connection: "syncing" };
    await nextPoll();
    await waitFor(() => expect(screen.getByTestId("sync-status")).toHaveTextContent("Syncing · 3 waiting"));
  });

  it("S5 the tooltip gives the last sync time, localised", async () => {
    const user = userEvent.setup();
    const lastSync = "2026-03-14T12:30:00Z";
    renderFrame(() => syncStatusOf({ connection: "online", lastSync }));
    const indicator = await screen.findByTestId("sync-status");
    await user.hover(indicator);
    const tooltip = await screen.findByRole("tooltip");
    expect(tooltip).toHaveTextContent(`Last synced with the central server: ${createFormatters("en-GB").dateTime(lastSync)}`);
    expect(tooltip.textContent).toMatch(/14\/03\/2026/);
  });

  it("S5 shows a count badge while problems are unread", async () => {
    renderFrame(() => syncStatusOf({ connection: "online", unreadProblems: 2 }));
    const badge = await screen.findByTestId("sync-problems-count");
    expect(badge).toHaveTextContent("2");
    expect(screen.getByTestId("sync-status")).toHaveAccessibleName("Online 2 unread sync problems");
  });

  it("S5 Polish text for a Polish user", async () => {
    let status = syncStatusOf({ connection: "offline", waiting: 3 });
    vi.useFakeTimers({ shouldAdvanceTime: true });
    renderFrame(() => status, { locale: "pl", session: POLISH });
    expect(await screen.findByTestId("sync-status")).toHaveTextContent("Brak połączenia · 3 zmiany czekają");

    status = { ...status, waiting: 5 };
    await nextPoll();
    await waitFor(() => expect(screen.getByTestId("sync-status")).toHaveTextContent("Brak połączenia · 5 zmian czeka"));
    status = { ...status, connection: "syncing", waiting: 1 };
    await nextPoll();
    await waitFor(() => expect(screen.getByTestId("sync-status")).toHaveTextContent("Synchronizacja · 1 zmiana w kolejce"));
    status = { ...status, connection: "standalone", waiting: 0 };
    await nextPoll();
    await waitFor(() => expect(screen.getByTestId("sync-status")).toHaveTextContent("Tylko to stanowisko"));
  });
});

describe("S5 initial download", () => {
  it("S5 the top bar shows the download with numbers and a labelled progress bar", async () => {
    renderFrame(() => syncStatusOf({ connection: "syncing", download: { received: 1234, total: 5000 } }));
    const download = await screen.findByTestId("sync-download");
    expect(download).toHaveTextContent("Downloading the garage… 1,234 of 5,000 records");
    const bar = within(screen.getByRole("banner")).getByRole("progressbar", { name: "Downloading the garage… 1,234 of 5,000 records" });
    expect(bar.tagName).toBe("PROGRESS");
    expect(bar).toHaveAttribute("value", "1234");
    expect(bar).toHaveAttribute("max", "5000");
  });

  it("S5 without a total yet the bar is indeterminate", async () => {
    renderFrame(() => syncStatusOf({ connection: "syncing", download: { received: 0, total: 0 } }));
    const bar = await screen.findByRole("progressbar", { name: "Downloading the garage…" });
    expect(bar).not.toHaveAttribute("value");
  });

  it("S5 the sign-in screen shows the download instead of 'no staff', then the staff it brought", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let status = syncStatusOf({ connection: "syncing", download: { received: 20, total: 5000 } });
    let staff: typeof STAFF = [];
    fakeBackend({ current_session: () => null, list_staff: () => staff, sync_status: () => status });
    renderWithQueryClient(<App />);

    expect(await screen.findByTestId("sign-in-downloading")).toHaveTextContent(
      "Getting the garage from the central server…",
    );
    expect(screen.queryByText(/No staff are set up/)).not.toBeInTheDocument();
    expect(screen.getByTestId("sync-download")).toHaveTextContent("Downloading the garage… 20 of 5,000 records");
    expect(screen.getByRole("progressbar")).toHaveAttribute("value", "20");

    status = { ...status, download: { received: 4000, total: 5000 } };
    await nextPoll();
    await waitFor(() => expect(screen.getByRole("progressbar")).toHaveAttribute("value", "4000"));
    expect(callsOf("list_staff")).toHaveLength(1);

    // The download finishes: the staff list is read again and shows who arrived.
    staff = STAFF;
    status = { ...status, connection: "online", download: null, lastSync: "2026-03-14T12:30:00Z" };
    await nextPoll();
    expect(await screen.findAllByTestId("staff-option")).toHaveLength(3);
    expect(screen.queryByTestId("sync-download")).not.toBeInTheDocument();
  });

  it("S2 a desk the server refused to enrol says so on the sign-in screen and in the top bar's tooltip", async () => {
    const user = userEvent.setup();
    fakeBackend({
      current_session: () => null,
      list_staff: () => [],
      sync_status: () => syncStatusOf({ connection: "not_enrolled" }),
    });
    renderWithQueryClient(<App />);
    const message = await screen.findByTestId("sign-in-not-enrolled");
    expect(message).toHaveAttribute("role", "alert");
    expect(message).toHaveTextContent("The central server did not accept this desk");
    expect(message).toHaveTextContent("enrolment_key");
    expect(screen.queryByTestId("sign-in-downloading")).not.toBeInTheDocument();

    cleanup();
    renderFrame(() => syncStatusOf({ connection: "not_enrolled" }));
    await user.hover(await screen.findByTestId("sync-status"));
    expect(await screen.findByRole("tooltip")).toHaveTextContent("The central server does not accept this desk");
  });

  it("S5 a standalone desk with no staff still says so", async () => {
    fakeBackend({ current_session: () => null, list_staff: () => [], sync_status: () => syncStatusOf() });
    renderWithQueryClient(<App />);
    expect(await screen.findByText(/No staff are set up on this computer yet/)).toBeInTheDocument();
    expect(screen.queryByTestId("sign-in-downloading")).not.toBeInTheDocument();
  });
});

describe("S5 pulled changes appear", () => {
  function signedInBackend(extra: CommandHandlers) {
    return fakeBackend({
      current_session: () => sessionFor(STAFF[0]!),
      ...extra,
    });
  }

  it("S5 a new lastSync refetches the customer queries once, and the status does not refetch itself in a loop", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let status = syncStatusOf({ connection: "online", lastSync: "2026-03-14T12:30:00Z" });
    let names = ["Jane Smith"];
    signedInBackend({
      sync_status: () => status,
      search_customers: () => ({
        rows: names.map((name, index) => customerRow(index + 1, { name })),
        total: names.length,
        totalCapped: false,
        page: 0,
        pageSize: 50,
      }),
    });
    renderWithQueryClient(<App />);
    expect(await screen.findByText("Jane Smith")).toBeInTheDocument();
    const searchesAtStart = callsOf("search_customers").length;

    // Polls with the same lastSync leave the list alone.
    names = ["Jane Smith", "Pulled Customer"];
    await nextPoll();
    await nextPoll();
    expect(callsOf("search_customers")).toHaveLength(searchesAtStart);
    expect(screen.queryByText("Pulled Customer")).not.toBeInTheDocument();

    // Another desk's customer arrives with the next sync.
    const statusCallsBefore = callsOf("sync_status").length;
    status = { ...status, lastSync: "2026-03-14T12:31:00Z" };
    await nextPoll();
    expect(await screen.findByText("Pulled Customer")).toBeInTheDocument();
    expect(callsOf("search_customers")).toHaveLength(searchesAtStart + 1);
    expect(callsOf("sync_status").length - statusCallsBefore).toBeLessThanOrEqual(2);

    await nextPoll();
    expect(callsOf("search_customers")).toHaveLength(searchesAtStart + 1);
  });
});
