import { AppStarting } from "../startup/AppStarting";
import { Suspense } from "react";
import { StartError } from "./StartError";
import { DocumentLanguage } from "../i18n/DocumentLanguage";
import { I18nProvider } from "../i18n/I18nProvider";
import { SignInScreen } from "../signin/SignInScreen";
import { useDefaultLocale } from "../startup/defaultLocale";
import { StartupGate } from "../startup/StartupGate";
import { useRefreshOnSync } from "../sync/syncQueries";
import { useSessionQuery } from "./session";
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
  const session = useSessionQuery();
  const defaultLocale = useDefaultLocale();
  useRefreshOnSync();

  if (session.isPending) {
    return <AppStarting />;
  }
  if (session.isError) {
    return <StartError locale={defaultLocale} error={session.error} onRetry={() => void session.refetch()} />;
  }
  if (session.data === null) {
    return <SignInScreen />;
  }
  return (
    <I18nProvider locale={session.data.user.locale}>
      <DocumentLanguage />
      <Suspense fallback={<AppStarting />}>
        <LazySignedInApp session={session.data} />
      </Suspense>
    </I18nProvider>
  );
}
