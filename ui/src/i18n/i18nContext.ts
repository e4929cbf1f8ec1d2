import { createContext } from "react";
import { useProvidedContext } from "../app/providedContext";
import type { Locale } from "../ipc/bindings";
import type { Formatters } from "./formatters";
import type { Translate } from "./translator";

export type I18n = { locale: Locale; t: Translate; format: Formatters };

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  return useProvidedContext(I18nContext, "useI18n must be used inside an I18nProvider");
}
