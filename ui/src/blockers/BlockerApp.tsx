import { AppStarting } from "../startup/AppStarting";
import { useSessionQuery } from "../app/session";
import { SignedInSessionContext } from "../app/signedInSession";
import { StartError } from "../app/StartError";
import { I18nProvider } from "../i18n/I18nProvider";
import { useI18n } from "../i18n/i18nContext";
import { FALLBACK_LOCALE } from "../i18n/locales";
import { useRefreshOnSync } from "../sync/syncQueries";
import type { BlockerRoute } from "./blockerRoute";
import { BlockerView } from "./BlockerView";
import "./blockers.css";

/** A blocker window (D4): no sign-in here, the desk is signed in from the main window. */
export function BlockerApp({ route }: { route: BlockerRoute }) {
  const session = useSessionQuery();
  // Rows another desk changed appear here too once pulled (S4).
  useRefreshOnSync();

  if (session.isPending) {
    return <AppStarting />;
  }
  if (session.isError) {
    return <StartError locale={FALLBACK_LOCALE} error={session.error} onRetry={() => void session.refetch()} />;
  }
  if (session.data === null) {
    return (
      <I18nProvider locale={FALLBACK_LOCALE}>
        <SignedOut />
      </I18nProvider>
    );
  }
  return (
    <I18nProvider locale={session.data.user.locale}>
      <SignedInSessionContext.Provider value={session.data}>
        <BlockerView route={route} />
      </SignedInSessionContext.Provider>
    </I18nProvider>
  );
}

function SignedOut() {
  const { t } = useI18n();
  return (
    <main className="blocker-signed-out">
      <p className="empty-state" data-testid="blocker-signed-out">
        {t("blocker-sign-in-first")}
      </p>
    </main>
  );
}
