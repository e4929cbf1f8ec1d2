import { useMemo, type ReactNode } from "react";
import type { Locale } from "../ipc/bindings";
import { createFormatters } from "./formatters";
import { I18nContext, type I18n } from "./i18nContext";
import { createTranslate } from "./translator";

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo<I18n>(
    () => ({ locale, t: createTranslate(locale), format: createFormatters(locale) }),
    [locale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
