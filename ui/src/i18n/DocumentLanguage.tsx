import { useEffect } from "react";
import { useI18n } from "./i18nContext";

/** Keeps <html lang> and the window title in step with the UI language. */
export function DocumentLanguage() {
  const { locale, t } = useI18n();
  const title = t("app-title");
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = title;
  }, [locale, title]);
  return null;
}
