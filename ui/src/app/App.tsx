import { DocumentLanguage } from "../i18n/DocumentLanguage";
import { I18nProvider } from "../i18n/I18nProvider";
import { FALLBACK_LOCALE } from "../i18n/locales";
import { QueryError } from "../ipc/QueryError";
import { SignInScreen } from "../signin/SignInScreen";
import { useRefreshOnSync } from "../sync/syncQueries";
import { SignedInApp } from "./SignedInApp";
import { useSessionQuery } from "./session";

export function App() {
  const session = useSessionQuery();
  useRefreshOnSync();

  if (session.isPending) {
    return <div className="app-starting" aria-busy="true" />;
  }
  if (session.isError) {
    return (
      <I18nProvider locale={FALLBACK_LOCALE}>
        <DocumentLanguage />
        <main className="app-start-error">
          <QueryError error={session.error} onRetry={() => void session.refetch()} />
        </main>
      </I18nProvider>
    );
  }
  if (session.data === null) {
    return <SignInScreen />;
  }
  return (
    <I18nProvider locale={session.data.user.locale}>
      <DocumentLanguage />
      <SignedInApp session={session.data} />
    </I18nProvider>
  );
}
