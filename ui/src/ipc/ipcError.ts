import type { ErrorCode, IpcError } from "./bindings";

// Every code Rust declares: a Record over the generated union, so a code added in Rust and
// missing here fails the type-check instead of turning its message into a generic error.
const ERROR_CODES: Record<ErrorCode, true> = {
  not_signed_in: true,
  wrong_pin: true,
  locked_out: true,
  permission_denied: true,
  not_found: true,
  invalid_input: true,
  storage: true,
  merge_count: true,
  already_merged: true,
  merge_changed: true,
  wrong_token: true,
  rate_limited: true,
  already_deleted: true,
  undo_expired: true,
  undo_not_allowed: true,
  plate_taken: true,
  invalid_amount: true,
  amount_too_large: true,
  invoice_not_unpaid: true,
  reason_required: true,
  reason_too_long: true,
  not_active: true,
  delete_blocked: true,
  not_deleted: true,
  delete_changed: true,
  first_sign_in_needs_server: true,
  device_locked_out: true,
  proof_missing: true,
  proof_invalid: true,
  credential_revoked: true,
  unsupported_change: true,
  settings_invalid: true,
  data_folder_unavailable: true,
  server_error: true,
  internal: true,
};

/** A rejected invoke carries an IpcError whose message is already localised by Rust. */
export function isIpcError(value: unknown): value is IpcError {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.code === "string" &&
    Object.prototype.hasOwnProperty.call(ERROR_CODES, candidate.code) &&
    typeof candidate.message === "string"
  );
}
