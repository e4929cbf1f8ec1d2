import { useI18n } from "../i18n/i18nContext";
import { useSyncStatus } from "./syncQueries";
import "../delete/deletedNotice.css";
import "./sync.css";

/** S3: stays at the top of the main area while the user has unread refused changes. */
export function SyncProblemsBanner({ onShow }: { onShow: () => void }) {
  const { t } = useI18n();
  const unread = useSyncStatus().data?.unreadProblems ?? 0;
  if (unread === 0) return null;
  return (
    <div className="list-banner list-banner--error sync-problems-banner" data-testid="sync-problems-banner" role="alert">
      <div className="list-banner__text">
        <strong>{t("sync-problems-banner", { count: unread })}</strong>
      </div>
      <div className="list-banner__actions">
        <button
          type="button"
          className="button button--secondary button--small"
          data-testid="sync-problems-show"
          aria-haspopup="dialog"
          onClick={onShow}
        >
          {t("sync-problems-show")}
        </button>
      </div>
    </div>
  );
}
