import type { Locale } from "../ipc/bindings";

export const FALLBACK_LOCALE: Locale = "en-GB";

export const SUPPORTED_LOCALES: readonly Locale[] = ["en-GB", "pl", "ro"];

export function isSupportedLocale(value: string): value is Locale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(value);
}
