import { createContext, useContext } from "react";
import type { Locale } from "../ipc/bindings";
import type { Formatters } from "./formatters";
import type { Translate } from "./translator";

export type I18n = { locale: Locale; t: Translate; format: Formatters };

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n must be used inside an I18nProvider");
  return value;
}
