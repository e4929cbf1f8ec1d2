import type { Translate } from "../i18n/translator";
import { isIpcError } from "./ipcError";

/** What to tell the user about a failed command: Rust's localised message, or a generic one. */
export function errorText(error: unknown, t: Translate): string {
  if (isIpcError(error) && error.message.trim() !== "") return error.message;
  return t("error-unexpected");
}
