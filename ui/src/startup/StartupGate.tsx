import { AppStarting } from "./AppStarting";
import { StartError } from "../app/StartError";
import type { ReactNode } from "react";
import { DocumentLanguage } from "../i18n/DocumentLanguage";
import { I18nProvider } from "../i18n/I18nProvider";
import { FALLBACK_LOCALE } from "../i18n/locales";
import { DefaultLocaleContext } from "./defaultLocale";
import { StartupProblemScreen } from "./StartupProblemScreen";
import { useStartupState } from "./startupQueries";

/**
 * The main window asks Rust how the start went before anything else. If the desk could not open,
 * no other command works: the problem is shown and `children` never render.
 */
export function StartupGate({ children }: { children: ReactNode }) {
  const startup = useStartupState();

  // Data first: once known, the answer stays even if asking again fails.
  if (startup.data) {
    const { defaultLocale, problem } = startup.data;
    if (problem) {
      return (
        <I18nProvider locale={defaultLocale}>
          <DocumentLanguage />
          <StartupProblemScreen problem={problem} />
        </I18nProvider>
      );
    }
    return <DefaultLocaleContext.Provider value={defaultLocale}>{children}</DefaultLocaleContext.Provider>;
  }
  if (startup.isError) {
    return <StartError locale={FALLBACK_LOCALE} error={startup.error} onRetry={() => void startup.refetch()} />;
  }
  return <AppStarting />;
}
