import type { Locale } from "../ipc/bindings";

/** D7's comparison form: trimmed, NFC, and for Romanian the cedilla Ş/ş read as comma-below Ș/ș. */
export function normaliseToken(text: string, locale: Locale): string {
  const normalised = text.trim().normalize("NFC");
  return locale === "ro" ? normalised.replace(/\u015E/g, "\u0218").replace(/\u015F/g, "\u0219") : normalised;
}

/** A courtesy check so the button can enable; Rust checks the token again whatever the UI did. */
export function tokenMatches(typed: string, token: string, locale: Locale): boolean {
  return token !== "" && normaliseToken(typed, locale) === normaliseToken(token, locale);
}
