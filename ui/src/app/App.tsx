import { AppStarting } from "../startup/AppStarting";
import { Suspense } from "react";
import { DocumentLanguage } from "../i18n/DocumentLanguage";
import { I18nProvider } from "../i18n/I18nProvider";
import { SignInScreen } from "../signin/SignInScreen";
import { useDefaultLocale } from "../startup/defaultLocale";
import { StartupGate } from "../startup/StartupGate";
import { SessionGate } from "./SessionGate";
import { LazySignedInApp } from "./signedInAppChunk";

/** The main window: nothing is asked of the desk until it is known to have started. */
export function App() {
  return (
    <StartupGate>
      <StartedApp />
    </StartupGate>
  );
}

function StartedApp() {
  const defaultLocale = useDefaultLocale();
  return (
    <SessionGate errorLocale={defaultLocale} signedOut={<SignInScreen />}>
      {(session) => (
        <I18nProvider locale={session.user.locale}>
          <DocumentLanguage />
          <Suspense fallback={<AppStarting />}>
            <LazySignedInApp session={session} />
          </Suspense>
        </I18nProvider>
      )}
    </SessionGate>
  );
}
