import { useI18n } from "../i18n/i18nContext";
import { errorText } from "./errorText";
import "./queryError.css";

/** A failed load: what happened, and a way to try again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div className="query-error" role="alert">
      <p className="query-error__text">{errorText(error, t)}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {t("action-try-again")}
      </button>
    </div>
  );
}
