import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { Plate } from "../display/Plate";
import { CheckDialog } from "../display/CheckDialog";
import { DialogCheckPending } from "../display/DialogCheckPending";
import { useI18n } from "../i18n/i18nContext";
import type { RestoreCheck, RestoreResult } from "../ipc/bindings";
import { checkRestoreCustomer, restoreCustomer } from "../ipc/commands";
import { ErrorAlert } from "../ipc/ErrorAlert";
import { LeftOutList } from "./LeftOutList";
import "../delete/deleteDialog.css";
import "./restore.css";

type Props = {
  customerId: string;
  customerName: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onRestored: (result: RestoreResult) => void;
};

/** R2–R4, R8: Rust's check of what comes back (or which plate stops it), then the restore. */
export function RestoreDialog({ customerId, customerName, open, onOpenChange, onRestored }: Props) {
  const { t } = useI18n();
  // The body moves focus once the check has loaded.
  return (
    <CheckDialog
      open={open}
      onOpenChange={onOpenChange}
      testId="restore-dialog"
      title={t("restore-dialog-title", { name: customerName })}
    >
      <RestoreDialogBody customerId={customerId} onRestored={onRestored} />
    </CheckDialog>
  );
}

function RestoreDialogBody({ customerId, onRestored }: { customerId: string; onRestored: (result: RestoreResult) => void }) {
  const { t } = useI18n();
  // Every opening checks afresh: nothing cached outlives the dialog.
  const check = useQuery({
    queryKey: ["restore", "check", customerId],
    queryFn: () => checkRestoreCustomer(customerId),
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });

  if (!check.data) {
    return (
      <DialogCheckPending
        error={check.isError ? check.error : null}
        onRetry={() => void check.refetch()}
        checkingText={t("restore-checking")}
        errorTestId="restore-check-error"
      />
    );
  }
  return <CheckedState check={check.data} onRestored={onRestored} />;
}

function CheckedState({ check, onRestored }: { check: RestoreCheck; onRestored: (result: RestoreResult) => void }) {
  const { t, format } = useI18n();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const restore = useMutation({
    mutationFn: () => restoreCustomer(check.customerId, check.batchId),
    onSuccess: onRestored,
  });
  const blocked = check.state === "plate_taken";

  useEffect(() => {
    (blocked ? closeRef : confirmRef).current?.focus();
  }, [blocked]);

  return (
    <>
      <p className="restore-deleted-on">{t("restore-deleted-on", { date: format.date(check.deletedAt) })}</p>
      <AlertDialog.Description
        className={blocked ? "dialog__note" : "dialog__text"}
        data-testid="restore-impact"
        data-state={check.state}
        role={blocked ? "alert" : undefined}
      >
        {check.impact}
      </AlertDialog.Description>
      {!blocked && check.plates.length > 0 && (
        <div className="restore-plates" data-testid="restore-plates">
          <span>{t("restore-plates-label")}</span>
          {check.plates.map((plate) => (
            <Plate key={plate} plate={plate} />
          ))}
        </div>
      )}
      {!blocked && <LeftOutList leftOut={check.leftOut} testId="restore-left-out" />}
      <ErrorAlert error={restore.error} testId="restore-error" />
      <div className="dialog__buttons">
        <AlertDialog.Cancel ref={closeRef} className="button button--secondary" data-testid="restore-cancel">
          {blocked ? t("action-close") : t("action-cancel")}
        </AlertDialog.Cancel>
        {!blocked && (
          <button
            ref={confirmRef}
            type="button"
            className="button button--primary"
            data-testid="restore-confirm"
            disabled={restore.isPending || restore.isError}
            onClick={() => restore.mutate()}
          >
            {restore.isPending ? t("restore-running") : t("restore-confirm-button")}
          </button>
        )}
      </div>
    </>
  );
}
