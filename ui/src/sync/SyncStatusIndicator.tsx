import * as Tooltip from "@radix-ui/react-tooltip";
import { useI18n } from "../i18n/i18nContext";
import type { SyncStatus } from "../ipc/bindings";
import { CONNECTION_LABEL } from "./connectionLabels";
import { SyncDownloadProgress } from "./SyncDownloadProgress";
import { useSyncStatus } from "./syncQueries";
import "../delete/deleteDialog.css";
import "./sync.css";

/** S5 in the top bar: a dot and words (never colour alone), the download, a badge for problems. */
export function SyncStatusIndicator({ onShowProblems }: { onShowProblems: () => void }) {
  const { t, format } = useI18n();
  const status = useSyncStatus();
  // No status (not answered yet, or failed): the frame works without it.
  if (!status.data) return null;
  const { connection, waiting, lastSync, download, unreadProblems } = status.data;

  const tip =
    connection === "standalone"
      ? t("sync-standalone-hint")
      : connection === "not_enrolled"
        ? t("sync-not-enrolled-hint")
        : connection === "server_problem"
        ? t("sync-server-problem-hint")
        : lastSync
        ? t("sync-last-sync", { time: format.dateTime(lastSync) })
        : t("sync-never-synced");

  return (
    <div className="sync-area">
      {download && <SyncDownloadProgress download={download} variant="top-bar" />}
      <Tooltip.Provider delayDuration={300}>
        <Tooltip.Root>
          <Tooltip.Trigger asChild>
            <button
              type="button"
              className={`sync-status sync-status--${connection}`}
              data-testid="sync-status"
              data-connection={connection}
              data-waiting={waiting}
              aria-haspopup="dialog"
              onClick={onShowProblems}
            >
              <span className="sync-status__dot" aria-hidden="true" />
              <span className="sync-status__text" data-testid="sync-status-text">
                {statusText(status.data, t)}
              </span>
              {unreadProblems > 0 && " "}
              {unreadProblems > 0 && (
                <span className="sync-status__badge" data-testid="sync-problems-count">
                  <span aria-hidden="true">{unreadProblems}</span>
                  <span className="visually-hidden">{t("sync-problems-count", { count: unreadProblems })}</span>
                </span>
              )}
            </button>
          </Tooltip.Trigger>
          <Tooltip.Portal>
            <Tooltip.Content className="tooltip" side="bottom" align="end" sideOffset={6} data-testid="sync-status-tooltip">
              {tip}
              <Tooltip.Arrow className="tooltip__arrow" />
            </Tooltip.Content>
          </Tooltip.Portal>
        </Tooltip.Root>
      </Tooltip.Provider>
    </div>
  );
}

function statusText({ connection, waiting }: SyncStatus, t: ReturnType<typeof useI18n>["t"]): string {
  const labels = CONNECTION_LABEL[connection];
  return waiting > 0 ? t(labels.waiting, { count: waiting }) : t(labels.idle);
}
