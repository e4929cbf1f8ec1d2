import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useI18n } from "../i18n/i18nContext";
import { QueryError } from "../ipc/QueryError";
import { SkeletonLines } from "./Skeleton";

type Props = {
  /** The check's error, once it failed; until then it is still running. */
  error: unknown;
  onRetry: () => void;
  /** What screen readers hear while the check runs. */
  checkingText: string;
  errorTestId?: string;
};

/**
 * An alert dialog's body while Rust's check (delete, restore) runs or after it failed: the
 * skeleton or the error with Retry, and Cancel.
 */
export function DialogCheckPending({ error, onRetry, checkingText, errorTestId }: Props) {
  const { t } = useI18n();
  return (
    <>
      {error ? (
        <AlertDialog.Description asChild>
          <div data-testid={errorTestId}>
            <QueryError error={error} onRetry={onRetry} />
          </div>
        </AlertDialog.Description>
      ) : (
        <div aria-busy="true">
          <AlertDialog.Description className="visually-hidden" role="status">
            {checkingText}
          </AlertDialog.Description>
          <SkeletonLines lines={3} className="dialog__skeleton" />
        </div>
      )}
      <div className="dialog__buttons">
        <AlertDialog.Cancel className="button button--secondary">{t("action-cancel")}</AlertDialog.Cancel>
      </div>
    </>
  );
}
