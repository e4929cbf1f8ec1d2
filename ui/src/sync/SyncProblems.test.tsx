import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { Frame } from "../frame/Frame";
import { createFormatters } from "../i18n/formatters";
import type { SyncProblem } from "../ipc/bindings";
import { failsWith } from "../testing/deskScenarios";
import { callsOf, fakeBackend, ipcError, sessionFor, STAFF, syncStatusOf } from "../testing/fakeBackend";
import { renderSignedIn } from "../testing/renderWithProviders";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

const REFUSED_DELETE: SyncProblem = {
  id: "p0000000-0000-4000-8000-000000000002",
  occurredAt: "2026-03-14T12:31:00Z",
  message:
    "The central server did not delete Jane Smith: Work order WO-1042 is open. Jane Smith is back on the customer list; resolve these, then delete again.",
  read: false,
};
const REFUSED_PAYMENT: SyncProblem = {
  id: "p0000000-0000-4000-8000-000000000001",
  occurredAt: "2026-03-13T09:05:00Z",
  message:
    "The central server refused a change you made: The amount was more than was outstanding. It has been undone on this desk.",
  read: true,
};

/** Rust's side: problems, their read flags, and the unread count in the status. */
function problemsBackend(initial: SyncProblem[]) {
  let problems = initial.map((problem) => ({ ...problem }));
  const mock = fakeBackend({
    sync_status: () =>
      syncStatusOf({ connection: "online", unreadProblems: problems.filter((problem) => !problem.read).length }),
    sync_problems: () => problems,
    mark_sync_problem_read: (args) => {
      problems = problems.map((problem) => (problem.id === args.problemId ? { ...problem, read: true } : problem));
      return null;
    },
  });
  return mock;
}

function renderFrame(options: Parameters<typeof renderSignedIn>[1] = {}) {
  return renderSignedIn(
    <Frame search={null}>
      <h1>Customers</h1>
    </Frame>,
    options,
  );
}

async function openProblems(user: ReturnType<typeof userEvent.setup>) {
  const banner = await screen.findByTestId("sync-problems-banner");
  await user.click(within(banner).getByRole("button", { name: "Show" }));
  return screen.findByTestId("sync-problems");
}

describe("S3 sync problems", () => {
  it("S3 no banner while nothing is unread", async () => {
    problemsBackend([REFUSED_PAYMENT]);
    renderFrame();
    expect(await screen.findByTestId("sync-status")).toHaveTextContent("Online");
    expect(screen.queryByTestId("sync-problems-banner")).not.toBeInTheDocument();
    expect(screen.queryByTestId("sync-problems-count")).not.toBeInTheDocument();
  });

  it("S3 a banner at the top of the main area, a badge, and Rust's messages as given, newest first", async () => {
    const user = userEvent.setup();
    problemsBackend([REFUSED_DELETE, REFUSED_PAYMENT]);
    renderFrame();

    const banner = await screen.findByRole("alert");
    expect(banner).toHaveAttribute("data-testid", "sync-problems-banner");
    expect(banner).toHaveTextContent("The central server refused a change you made");
    expect(within(screen.getByRole("main")).getByTestId("sync-problems-banner")).toBe(banner);
    expect(screen.getByTestId("sync-problems-count")).toHaveTextContent("1");
    expect(callsOf("sync_problems")).toEqual([]);

    const dialog = await openProblems(user);
    expect(within(dialog).getByRole("heading", { name: "Changes the central server refused" })).toBeInTheDocument();
    const items = await within(dialog).findAllByTestId("sync-problem");
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveAttribute("data-problem-id", REFUSED_DELETE.id);
    expect(within(items[0]!).getByTestId("sync-problem-message").textContent).toBe(REFUSED_DELETE.message);
    expect(within(items[0]!).getByTestId("sync-problem-time")).toHaveTextContent(
      createFormatters("en-GB").dateTime(REFUSED_DELETE.occurredAt),
    );
    expect(within(items[0]!).getByTestId("sync-problem-read")).toHaveAccessibleName("Mark as read");
    // Read problems stay listed, muted and without the button.
    expect(items[1]).toHaveAttribute("data-read", "true");
    expect(items[1]).toHaveClass("sync-problem--read");
    expect(items[1]).toHaveTextContent(REFUSED_PAYMENT.message);
    expect(within(items[1]!).queryByTestId("sync-problem-read")).not.toBeInTheDocument();
  });

  it("S3 Mark as read calls Rust, refetches, and the banner goes once none is unread", async () => {
    const user = userEvent.setup();
    const second = { ...REFUSED_DELETE, id: "p0000000-0000-4000-8000-000000000003", message: "Second refusal." };
    problemsBackend([second, REFUSED_DELETE, REFUSED_PAYMENT]);
    renderFrame();

    const banner = await screen.findByTestId("sync-problems-banner");
    expect(banner).toHaveTextContent("The central server refused 2 changes you made");
    const dialog = await openProblems(user);
    const first = (await within(dialog).findAllByTestId("sync-problem"))[0]!;
    await user.click(within(first).getByTestId("sync-problem-read"));

    await waitFor(() => expect(first).toHaveAttribute("data-read", "true"));
    expect(callsOf("mark_sync_problem_read")).toEqual([{ problemId: second.id }]);
    // One still unread: the notification stays.
    await waitFor(() => expect(screen.getByTestId("sync-problems-banner")).toHaveTextContent("refused a change you made"));
    expect(screen.getByTestId("sync-problems-count")).toHaveTextContent("1");
    // Focus moves to the next problem still to read.
    const remaining = within(dialog).getByTestId("sync-problem-read");
    await waitFor(() => expect(remaining).toHaveFocus());

    await user.click(remaining);
    await waitFor(() => expect(screen.queryByTestId("sync-problems-banner")).not.toBeInTheDocument());
    expect(screen.queryByTestId("sync-problems-count")).not.toBeInTheDocument();
    expect(callsOf("mark_sync_problem_read")).toEqual([{ problemId: second.id }, { problemId: REFUSED_DELETE.id }]);
    // All three stay listed for reference.
    expect(within(dialog).getAllByTestId("sync-problem")).toHaveLength(3);
    expect(within(dialog).queryByTestId("sync-problem-read")).not.toBeInTheDocument();

    await user.click(within(dialog).getByTestId("sync-problems-close"));
    expect(screen.queryByTestId("sync-problems")).not.toBeInTheDocument();
  });

  it("S3 the indicator opens the list too, read problems included", async () => {
    const user = userEvent.setup();
    problemsBackend([REFUSED_PAYMENT]);
    renderFrame();
    await user.click(await screen.findByTestId("sync-status"));
    const dialog = await screen.findByTestId("sync-problems");
    expect(await within(dialog).findByText(REFUSED_PAYMENT.message)).toBeInTheDocument();
  });

  it("S3 a failed Mark as read shows Rust's message and keeps the problem unread", async () => {
    const user = userEvent.setup();
    fakeBackend({
      sync_status: () => syncStatusOf({ connection: "online", unreadProblems: 1 }),
      sync_problems: () => [REFUSED_DELETE],
      mark_sync_problem_read: failsWith(ipcError("storage", "The local database could not be written.")),
    });
    renderFrame();
    const dialog = await openProblems(user);
    await user.click(await within(dialog).findByTestId("sync-problem-read"));
    expect(await within(dialog).findByTestId("sync-problem-read-error")).toHaveTextContent(
      "The local database could not be written.",
    );
    expect(within(dialog).getByTestId("sync-problem")).toHaveAttribute("data-read", "false");
    expect(screen.getByTestId("sync-problems-banner")).toBeInTheDocument();
  });

  it("S3 Polish text for a Polish user, with Rust's Polish message as given", async () => {
    const user = userEvent.setup();
    const polish: SyncProblem = {
      ...REFUSED_DELETE,
      message:
        "Serwer centralny nie usunął klienta Jan Kowalski: Zlecenie WO-1042 jest otwarte. Jan Kowalski wrócił na listę klientów; rozwiąż te sprawy i usuń ponownie.",
    };
    const others = [2, 3, 4].map((n) => ({ ...polish, id: `p-${n}`, message: `Problem ${n}` }));
    problemsBackend([polish, ...others]);
    renderFrame({ locale: "pl", session: sessionFor(STAFF[1]!) });

    const banner = await screen.findByTestId("sync-problems-banner");
    expect(banner).toHaveTextContent("Serwer centralny odrzucił 4 wprowadzone przez Ciebie zmiany");
    await user.click(within(banner).getByRole("button", { name: "Pokaż" }));
    const dialog = await screen.findByTestId("sync-problems");
    expect(within(dialog).getByRole("heading", { name: "Zmiany odrzucone przez serwer centralny" })).toBeInTheDocument();
    expect(await within(dialog).findByText(polish.message)).toBeInTheDocument();
    expect(within(dialog).getAllByTestId("sync-problem-read")[0]).toHaveTextContent("Oznacz jako przeczytane");
    expect(within(dialog).getAllByTestId("sync-problem-time")[0]).toHaveTextContent(
      createFormatters("pl").dateTime(polish.occurredAt),
    );
    expect(screen.getByTestId("sync-problems-count")).toHaveTextContent("4 nieprzeczytane problemy z synchronizacją");
  });
});
