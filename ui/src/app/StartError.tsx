import { DocumentLanguage } from "../i18n/DocumentLanguage";
import { I18nProvider } from "../i18n/I18nProvider";
import type { Locale } from "../ipc/bindings";
import { QueryError } from "../ipc/QueryError";

/** A window could not ask Rust what it needs to start: the error, and Try again. */
export function StartError({ locale, error, onRetry }: { locale: Locale; error: unknown; onRetry: () => void }) {
  return (
    <I18nProvider locale={locale}>
      <DocumentLanguage />
      <main className="app-start-error">
        <QueryError error={error} onRetry={onRetry} />
      </main>
    </I18nProvider>
  );
}
