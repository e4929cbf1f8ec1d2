import * as Dialog from "@radix-ui/react-dialog";
import { useEffect, useId, useRef, useState } from "react";
import { useI18n } from "../i18n/i18nContext";
import { ErrorAlert } from "../ipc/ErrorAlert";
import { QueryFallback } from "../ipc/QueryFallback";
import { useMarkSyncProblemRead, useSyncProblems } from "./syncQueries";
import "../delete/deleteDialog.css";
import "./sync.css";

/** S3: the changes the central server refused, newest first; read ones stay, muted, for reference. */
export function SyncProblemsDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useI18n();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog sync-problems-dialog" data-testid="sync-problems">
          <Dialog.Title className="dialog__title">{t("sync-problems-title")}</Dialog.Title>
          <Dialog.Description className="dialog__hint">{t("sync-problems-intro")}</Dialog.Description>
          {open && <SyncProblemList />}
          <div className="dialog__buttons">
            <Dialog.Close asChild>
              <button type="button" className="button button--secondary" data-testid="sync-problems-close">
                {t("sync-problems-close")}
              </button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function SyncProblemList() {
  const { t, format } = useI18n();
  const problems = useSyncProblems();
  const markRead = useMarkSyncProblemRead();
  const baseId = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  // The button just pressed is gone: move to the next unread problem, else to the list.
  useEffect(() => {
    if (focusRequest === 0 || problems.isFetching) return;
    const next = listRef.current?.querySelector<HTMLButtonElement>('[data-testid="sync-problem-read"]');
    (next ?? listRef.current)?.focus();
  }, [focusRequest, problems.isFetching, problems.data]);

  if (problems.isPending || problems.isError) return <QueryFallback query={problems} lines={3} />;
  if (problems.data.length === 0) {
    return (
      <p className="sync-problems-empty" data-testid="sync-problems-empty">
        {t("sync-problems-empty")}
      </p>
    );
  }

  return (
    <>
      <ErrorAlert error={markRead.error} testId="sync-problem-read-error" />
      <ol className="sync-problem-list" ref={listRef} tabIndex={-1} aria-label={t("sync-problems-title")}>
        {problems.data.map((problem) => {
          const messageId = `${baseId}-${problem.id}`;
          const marking = markRead.isPending && markRead.variables === problem.id;
          return (
            <li
              key={problem.id}
              className={problem.read ? "sync-problem sync-problem--read" : "sync-problem"}
              data-testid="sync-problem"
              data-problem-id={problem.id}
              data-read={problem.read}
            >
              <p className="sync-problem__meta">
                <time dateTime={problem.occurredAt} data-testid="sync-problem-time">
                  {format.dateTime(problem.occurredAt)}
                </time>
                {problem.read && <span className="sync-problem__read-label"> · {t("sync-problem-read-label")}</span>}
              </p>
              {/* Worded by Rust in the user's language: shown as given. */}
              <p className="sync-problem__message" id={messageId} data-testid="sync-problem-message">
                {problem.message}
              </p>
              {!problem.read && (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  data-testid="sync-problem-read"
                  aria-describedby={messageId}
                  disabled={marking}
                  onClick={() =>
                    markRead.mutate(problem.id, { onSuccess: () => setFocusRequest((count) => count + 1) })
                  }
                >
                  {marking ? t("sync-problem-marking") : t("sync-problem-mark-read")}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
