import type { ErrorCode, IpcError } from "./bindings";

const ERROR_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  "not_signed_in",
  "wrong_pin",
  "locked_out",
  "permission_denied",
  "not_found",
  "invalid_input",
  "storage",
  "wrong_token",
  "rate_limited",
  "already_deleted",
  "undo_expired",
  "undo_not_allowed",
  "plate_taken",
  "invalid_amount",
  "amount_too_large",
  "invoice_not_unpaid",
  "reason_required",
  "reason_too_long",
  "not_active",
  "delete_blocked",
  "first_sign_in_needs_server",
  "settings_invalid",
  "data_folder_unavailable",
]);

/** A rejected invoke carries an IpcError whose message is already localised by Rust. */
export function isIpcError(value: unknown): value is IpcError {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.code === "string" &&
    ERROR_CODES.has(candidate.code as ErrorCode) &&
    typeof candidate.message === "string"
  );
}
