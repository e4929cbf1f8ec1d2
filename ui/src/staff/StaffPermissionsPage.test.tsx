import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { Permission, PermissionState, StaffPermissions } from "../ipc/bindings";
import { failsWith } from "../testing/deskScenarios";
import {
  callsOf,
  type CommandHandlers,
  fakeBackend,
  ipcError,
  OWNER_PERMISSIONS,
  sessionWith,
  STAFF,
} from "../testing/fakeBackend";
import { renderSignedIn } from "../testing/renderWithProviders";
import { PERMISSION_ORDER } from "./permissionLabels";
import { StaffPermissionsPage } from "./StaffPermissionsPage";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

const [OWNER, ADVISOR, TECHNICIAN] = STAFF as [(typeof STAFF)[0], (typeof STAFF)[0], (typeof STAFF)[0]];

function states(overrides: Partial<Record<Permission, Omit<PermissionState, "permission">>>): PermissionState[] {
  return PERMISSION_ORDER.map((permission) => ({
    permission,
    ...(overrides[permission] ?? { held: false, source: "not_in_role" }),
  }));
}

const TABLE: StaffPermissions[] = [
  { staff: OWNER, permissions: states(Object.fromEntries(OWNER_PERMISSIONS.map((p) => [p, { held: true, source: "role" }]))) },
  {
    staff: ADVISOR,
    permissions: states({
      "customers.view": { held: true, source: "role" },
      "work_orders.close": { held: true, source: "role" },
    }),
  },
  {
    staff: TECHNICIAN,
    permissions: states({
      "customers.delete": { held: true, source: "granted" },
      "work_orders.complete": { held: false, source: "revoked" },
    }),
  },
];

function toggle(staffId: string, permission: Permission): HTMLElement {
  return screen
    .getAllByTestId("permission-toggle")
    .find((box) => box.dataset.staffId === staffId && box.dataset.permission === permission)!;
}

function renderPage(
  set: CommandHandlers["set_staff_permission"] = (args) => TABLE.find((entry) => entry.staff.id === args.staffId)!,
) {
  fakeBackend({ staff_permissions: () => TABLE, set_staff_permission: set });
  return renderSignedIn(<StaffPermissionsPage />, { session: sessionWith(OWNER, OWNER_PERMISSIONS) });
}

describe("staff and permissions", () => {
  it("D1 lists permissions as rows and staff as columns, with notes for grants and revocations", async () => {
    renderPage();
    const page = await screen.findByTestId("staff-permissions-page");
    await within(page).findAllByTestId("permission-toggle");
    expect(within(page).getByRole("columnheader", { name: /Piotr Nowak/ })).toHaveTextContent("Service advisor");
    expect(within(page).getByRole("rowheader", { name: "Delete customers" })).toBeInTheDocument();
    expect(within(page).getAllByTestId("permission-toggle")).toHaveLength(PERMISSION_ORDER.length * 3);

    expect(toggle(OWNER.id, "customers.delete")).toBeChecked();
    expect(toggle(ADVISOR.id, "customers.delete")).not.toBeChecked();
    expect(toggle(ADVISOR.id, "customers.delete")).toHaveAccessibleName("Delete customers Piotr Nowak");
    const granted = toggle(TECHNICIAN.id, "customers.delete");
    expect(granted).toBeChecked();
    expect(granted.closest("td")).toHaveTextContent("granted");
    expect(toggle(TECHNICIAN.id, "work_orders.complete").closest("td")).toHaveTextContent("revoked");
    expect(within(page).getAllByTestId("permission-reset")).toHaveLength(2);
  });

  it("D1 ticking grants what the role lacks; unticking revokes what the role has", async () => {
    const user = userEvent.setup();
    renderPage();
    await screen.findAllByTestId("permission-toggle");

    await user.click(toggle(ADVISOR.id, "customers.delete"));
    await user.click(toggle(ADVISOR.id, "work_orders.close"));
    await waitFor(() =>
      expect(callsOf("set_staff_permission")).toEqual([
        { staffId: ADVISOR.id, permission: "customers.delete", setting: "grant" },
        { staffId: ADVISOR.id, permission: "work_orders.close", setting: "revoke" },
      ]),
    );
  });

  it("D1 undoing an override goes back to the role default", async () => {
    const user = userEvent.setup();
    renderPage();
    await screen.findAllByTestId("permission-toggle");

    await user.click(toggle(TECHNICIAN.id, "customers.delete"));
    await waitFor(() => expect(callsOf("set_staff_permission")).toHaveLength(1));
    await user.click(toggle(TECHNICIAN.id, "work_orders.complete"));
    await waitFor(() => expect(callsOf("set_staff_permission")).toHaveLength(2));
    const reset = screen.getByRole("button", { name: "Reset to role default: Complete work orders, Ana Popescu" });
    await user.click(reset);
    await waitFor(() =>
      expect(callsOf("set_staff_permission")).toEqual([
        { staffId: TECHNICIAN.id, permission: "customers.delete", setting: "role_default" },
        { staffId: TECHNICIAN.id, permission: "work_orders.complete", setting: "role_default" },
        { staffId: TECHNICIAN.id, permission: "work_orders.complete", setting: "role_default" },
      ]),
    );
  });

  it("D1 shows Rust's refusal in the cell", async () => {
    const user = userEvent.setup();
    renderPage(failsWith(ipcError("permission_denied", "You do not have permission to do that. Ask an Owner to grant it.")));
    await screen.findAllByTestId("permission-toggle");
    await user.click(toggle(ADVISOR.id, "customers.delete"));
    const error = await screen.findByTestId("permission-error");
    expect(error).toHaveTextContent("You do not have permission to do that.");
    expect(error.closest("td")).toContainElement(toggle(ADVISOR.id, "customers.delete"));
  });
});
