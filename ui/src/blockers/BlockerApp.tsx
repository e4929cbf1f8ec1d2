import { SessionGate } from "../app/SessionGate";
import { SignedInSessionContext } from "../app/signedInSession";
import { I18nProvider } from "../i18n/I18nProvider";
import { useI18n } from "../i18n/i18nContext";
import { FALLBACK_LOCALE } from "../i18n/locales";
import type { BlockerRoute } from "./blockerRoute";
import { BlockerView } from "./BlockerView";
import "./blockers.css";

/** A blocker window (D4): no sign-in here, the desk is signed in from the main window. */
export function BlockerApp({ route }: { route: BlockerRoute }) {
  return (
    <SessionGate
      errorLocale={FALLBACK_LOCALE}
      signedOut={
        <I18nProvider locale={FALLBACK_LOCALE}>
          <SignedOut />
        </I18nProvider>
      }
    >
      {(session) => (
        <I18nProvider locale={session.user.locale}>
          <SignedInSessionContext.Provider value={session}>
            <BlockerView route={route} />
          </SignedInSessionContext.Provider>
        </I18nProvider>
      )}
    </SessionGate>
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
