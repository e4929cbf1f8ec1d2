import { createContext, useContext } from "react";
import { FALLBACK_LOCALE } from "../i18n/locales";
import type { Locale } from "../ipc/bindings";

/** The language IT chose for the screens before anyone signs in (from startup_state). */
export const DefaultLocaleContext = createContext<Locale>(FALLBACK_LOCALE);

export function useDefaultLocale(): Locale {
  return useContext(DefaultLocaleContext);
}
