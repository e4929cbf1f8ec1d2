import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { CustomerPage, CustomerQuery, DuplicateSuggestion, MergeResult, MergeReview } from "../ipc/bindings";
import { failsWith, renderCustomerScreen } from "../testing/deskScenarios";
import { callsOf, customerRow, fakeBackend, ipcError, OWNER_PERMISSIONS, type CommandHandlers } from "../testing/fakeBackend";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

const MARGARET = customerRow(1, { name: "Margaret Hughes", phone: "07700 900461", postcode: "LS6 3PX", plates: ["YL18 HUG"] });
const MAGGIE = customerRow(2, { name: "Maggie Hughes", phone: "0113 496 0588", postcode: "LS6 3PX", plates: ["YM19 HGS"] });
const BATCH = "b0000000-0000-4000-8000-000000000009";

const values = (name: string, phone: string) => ({
  name,
  phone,
  email: "margaret.hughes@example.co.uk",
  addressLine: name === "Maggie Hughes" ? "14 Otley Rd" : "14 Otley Road",
  town: "Leeds",
  postcode: "LS6 3PX",
});

function review(token = "MERGE"): MergeReview {
  return {
    records: [
      {
        id: MARGARET.id,
        values: values("Margaret Hughes", "07700 900461"),
        createdAt: "2021-01-01T09:00:00Z",
        history: { vehicles: 1, workOrders: 2, invoices: 2, conversations: 0, consentEvents: 1 },
        plates: ["YL18 HUG"],
      },
      {
        id: MAGGIE.id,
        values: values("Maggie Hughes", "0113 496 0588"),
        createdAt: "2025-10-26T09:00:00Z",
        history: { vehicles: 1, workOrders: 2, invoices: 1, conversations: 0, consentEvents: 0 },
        plates: ["YM19 HGS"],
      },
    ],
    fields: [
      { field: "name", agree: false, preselectedFrom: MARGARET.id },
      { field: "phone", agree: false, preselectedFrom: MARGARET.id },
      { field: "email", agree: true, preselectedFrom: MARGARET.id },
      { field: "address_line", agree: false, preselectedFrom: MARGARET.id },
      { field: "town", agree: true, preselectedFrom: MARGARET.id },
      { field: "postcode", agree: true, preselectedFrom: MARGARET.id },
    ],
    survivorId: MARGARET.id,
    notes: ["Both records have vehicles (YL18 HUG, YM19 HGS): every vehicle is kept, each with its own plate."],
    impact: "This will merge 1 record into the one you keep, moving 1 vehicle, 2 work orders and 1 invoice to it.",
    token,
  };
}

const MERGED: MergeResult = {
  survivorId: MARGARET.id,
  survivorName: "Margaret Hughes",
  merged: 1,
  undo: { batchId: BATCH, survivorId: MARGARET.id, survivorName: "Margaret Hughes", remainingMs: 30000 },
};

const SUGGESTION: DuplicateSuggestion = {
  a: { id: MARGARET.id, name: "Margaret Hughes", phone: "07700 900461", postcode: "LS6 3PX", history: review().records[0]!.history },
  b: { id: MAGGIE.id, name: "Maggie Hughes", phone: "0113 496 0588", postcode: "LS6 3PX", history: review().records[1]!.history },
  reasons: ["same_email", "similar_name_same_postcode"],
  why: ["Same email address", "Similar name at the same postcode"],
};

function backend(handlers: CommandHandlers = {}) {
  return fakeBackend({
    search_customers: (args): CustomerPage => {
      const query = args.query as CustomerQuery;
      const rows = query.text.toLowerCase().includes("hughes") || query.text === "" ? [MARGARET, MAGGIE] : [];
      return { rows, total: rows.length, totalCapped: false, page: 0, pageSize: query.pageSize };
    },
    merge_review: () => review(),
    merge_customers: () => MERGED,
    undo_merge: () => ({ survivorId: MARGARET.id, survivorName: "Margaret Hughes" }),
    duplicate_suggestions: () => [SUGGESTION],
    dismiss_duplicate: () => null,
    ...handlers,
  });
}

describe("merging duplicate customers (M1–M9) and suggestions (DS1–DS5)", () => {
  it("M1: without customers.merge there is no Merge or Duplicates button", async () => {
    backend();
    renderCustomerScreen(["customers.view", "customers.edit", "customers.delete"]);
    await screen.findAllByText("Margaret Hughes");
    expect(screen.queryByTestId("open-merge")).not.toBeInTheDocument();
    expect(screen.queryByTestId("open-duplicates")).not.toBeInTheDocument();
  });

  it("M1–M3, M9: pick two, review the differing fields, type MERGE, merge keeping the picked values", async () => {
    backend();
    const user = renderCustomerScreen([...OWNER_PERMISSIONS, "customers.merge"]);
    await user.click(await screen.findByTestId("open-merge"));
    const dialog = await screen.findByTestId("merge-dialog");
    expect(within(dialog).getByTestId("merge-to-review")).toBeDisabled();
    await user.type(within(dialog).getByTestId("merge-search"), "hughes");
    const picks = await within(dialog).findAllByTestId("merge-pick");
    await user.click(picks[0]!);
    await user.click(picks[1]!);
    expect(within(dialog).getByTestId("merge-picked")).toHaveTextContent("2 of 5 picked: Margaret Hughes, Maggie Hughes");
    await user.click(within(dialog).getByTestId("merge-to-review"));

    const reviewStep = await within(dialog).findByTestId("merge-review");
    expect(callsOf("merge_review")).toEqual([{ customerIds: [MARGARET.id, MAGGIE.id] }]);
    expect(within(reviewStep).getByText("Most history")).toBeInTheDocument();
    expect(within(reviewStep).getByTestId("merge-agreeing")).toHaveTextContent("3 fields are the same on every record");
    expect(within(reviewStep).getByTestId("merge-notes")).toHaveTextContent("every vehicle is kept");
    // Keep Maggie's landline.
    await user.click(within(reviewStep).getByRole("radio", { name: "0113 496 0588" }));
    const confirm = within(reviewStep).getByTestId("merge-confirm");
    await user.type(within(reviewStep).getByLabelText("Type MERGE to confirm"), "merge");
    expect(confirm).toBeDisabled();
    await user.clear(within(reviewStep).getByLabelText("Type MERGE to confirm"));
    await user.type(within(reviewStep).getByLabelText("Type MERGE to confirm"), "MERGE");
    await user.click(confirm);

    expect(await within(dialog).findByTestId("merge-done")).toHaveTextContent("1 record was merged into Margaret Hughes.");
    expect(callsOf("merge_customers")).toEqual([
      {
        survivorId: MARGARET.id,
        mergedIds: [MAGGIE.id],
        values: values("Margaret Hughes", "0113 496 0588"),
        token: "MERGE",
      },
    ]);
    await user.click(within(dialog).getByTestId("merge-undo"));
    expect(await within(dialog).findByText("The merge was undone: the records are separate again.")).toBeInTheDocument();
    expect(callsOf("undo_merge")).toEqual([{ batchId: BATCH }]);
  });

  it("M8: a refusal from Rust is shown beside the button", async () => {
    backend({
      merge_customers: failsWith(ipcError("merge_changed", "One of these customers was changed after you opened the review.")),
    });
    const user = renderCustomerScreen([...OWNER_PERMISSIONS, "customers.merge"]);
    await user.click(await screen.findByTestId("open-duplicates"));
    await user.click(await screen.findByTestId("duplicate-review"));
    const reviewStep = await screen.findByTestId("merge-review");
    await user.type(within(reviewStep).getByTestId("merge-token"), "MERGE");
    await user.click(within(reviewStep).getByTestId("merge-confirm"));
    expect(await within(reviewStep).findByTestId("merge-error")).toHaveTextContent("was changed after you opened the review");
  });

  it("DS1, DS2, DS5: suggestions say why with each side's history; Review and merge opens the review", async () => {
    backend();
    const user = renderCustomerScreen([...OWNER_PERMISSIONS, "customers.merge"]);
    await user.click(await screen.findByTestId("open-duplicates"));
    const pair = await screen.findByTestId("duplicate");
    expect(pair).toHaveTextContent("Same email address");
    expect(pair).toHaveTextContent("Similar name at the same postcode");
    expect(pair).toHaveTextContent("Vehicles 1 · Work orders 2 · Invoices 2");
    await user.click(within(pair).getByTestId("duplicate-review"));
    expect(await screen.findByTestId("merge-review")).toBeInTheDocument();
    expect(screen.queryByTestId("duplicates-dialog")).not.toBeInTheDocument();
    expect(callsOf("merge_review")).toEqual([{ customerIds: [MARGARET.id, MAGGIE.id] }]);
  });

  it("DS4: Not a duplicate dismisses the pair through Rust", async () => {
    let dismissed = false;
    backend({
      duplicate_suggestions: () => (dismissed ? [] : [SUGGESTION]),
      dismiss_duplicate: () => {
        dismissed = true;
        return null;
      },
    });
    const user = renderCustomerScreen([...OWNER_PERMISSIONS, "customers.merge"]);
    await user.click(await screen.findByTestId("open-duplicates"));
    await user.click(await screen.findByTestId("duplicate-dismiss"));
    await waitFor(() => expect(screen.queryByTestId("duplicate")).not.toBeInTheDocument());
    expect(callsOf("dismiss_duplicate")).toEqual([{ customerA: MARGARET.id, customerB: MAGGIE.id }]);
  });

  it("M9: in Polish the token is SCAL", async () => {
    backend({ merge_review: () => review("SCAL") });
    const user = renderCustomerScreen([...OWNER_PERMISSIONS, "customers.merge"], "pl");
    await user.click(await screen.findByTestId("open-duplicates"));
    await user.click(await screen.findByRole("button", { name: "Przejrzyj i scal" }));
    const reviewStep = await screen.findByTestId("merge-review");
    await user.type(within(reviewStep).getByLabelText("Wpisz SCAL, aby potwierdzić"), "SCAL");
    expect(within(reviewStep).getByRole("button", { name: "Scal klientów" })).toBeEnabled();
  });
});
