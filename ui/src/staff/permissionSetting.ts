import type { PermissionSetting, PermissionState } from "../ipc/bindings";

/**
 * What ticking or unticking a cell asks Rust for. Ticking: a role without it gets a grant, a
 * revocation is undone. Unticking: a role's permission is revoked, a grant is undone.
 */
export function settingForToggle(state: PermissionState, tick: boolean): PermissionSetting {
  if (tick) return state.source === "revoked" ? "role_default" : "grant";
  return state.source === "granted" ? "role_default" : "revoke";
}
