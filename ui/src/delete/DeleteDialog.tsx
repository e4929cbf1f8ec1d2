import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { CheckDialog } from "../display/CheckDialog";
import { DialogCheckPending } from "../display/DialogCheckPending";
import { TextField } from "../display/TextField";
import { useI18n } from "../i18n/i18nContext";
import type { BlockerKind, Customer, DeleteCheck, PendingUndo } from "../ipc/bindings";
import { checkDeleteCustomer, deleteCustomer, openBlockerWindow } from "../ipc/commands";
import { ErrorAlert } from "../ipc/ErrorAlert";
import { errorText } from "../ipc/errorText";
import { tokenMatches } from "./confirmToken";

type Props = {
  customer: Customer;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onDeleted: (undo: PendingUndo | null) => void;
};

/** D2–D8: the pre-flight check, then blocked, confirm or already deleted. */
export function DeleteDialog({ customer, open, onOpenChange, onDeleted }: Props) {
  const { t } = useI18n();
  // The body moves focus once the check has loaded (into the token input when confirming).
  return (
    <CheckDialog
      open={open}
      onOpenChange={onOpenChange}
      testId="delete-dialog"
      title={t("delete-dialog-title", { name: customer.name })}
    >
      <DeleteDialogBody customerId={customer.id} onDeleted={onDeleted} />
    </CheckDialog>
  );
}

function DeleteDialogBody({
  customerId,
  onDeleted,
}: {
  customerId: string;
  onDeleted: (undo: PendingUndo | null) => void;
}) {
  const { t } = useI18n();
  // Every opening runs the check afresh (D2): nothing cached outlives the dialog.
  const check = useQuery({
    queryKey: ["delete", "check", customerId],
    queryFn: () => checkDeleteCustomer(customerId),
    staleTime: 0,
    gcTime: 0,
  });
  // D8: the delete found new blockers; show its list instead of the one from opening.
  const [changedCheck, setChangedCheck] = useState<DeleteCheck | null>(null);
  const shown = changedCheck ?? check.data;

  if (!shown) {
    return (
      <DialogCheckPending
        error={check.isError ? check.error : null}
        onRetry={() => void check.refetch()}
        checkingText={t("delete-checking")}
      />
    );
  }

  switch (shown.state) {
    case "blocked":
      return <BlockedState check={shown} changed={changedCheck !== null} />;
    case "already_deleted":
      return (
        <>
          <AlertDialog.Description className="dialog__text">{t("delete-already-deleted")}</AlertDialog.Description>
          <div className="dialog__buttons">
            <AlertDialog.Cancel className="button button--secondary">{t("action-close")}</AlertDialog.Cancel>
          </div>
        </>
      );
    case "confirm":
      return <ConfirmState check={shown} onBlocked={setChangedCheck} onDeleted={onDeleted} />;
  }
}

function BlockedState({ check, changed }: { check: DeleteCheck; changed: boolean }) {
  const { t } = useI18n();
  const firstLinkRef = useRef<HTMLButtonElement>(null);
  const openWindow = useMutation({
    mutationFn: (kind: BlockerKind) => openBlockerWindow(check.customerId, kind),
  });

  useEffect(() => {
    firstLinkRef.current?.focus();
  }, [check]);

  return (
    <>
      {changed && (
        <p className="dialog__note" role="alert" data-testid="delete-changed-note">
          {t("delete-blocked-changed")}
        </p>
      )}
      <AlertDialog.Description className="dialog__text">{t("delete-blocked-intro")}</AlertDialog.Description>
      <ul className="blocker-list" data-testid="blocker-list">
        {check.blockers.map((blocker, index) => (
          <li key={blocker.kind}>
            <button
              ref={index === 0 ? firstLinkRef : undefined}
              type="button"
              className="link-button blocker-list__link"
              data-testid="blocker-link"
              data-kind={blocker.kind}
              onClick={() => openWindow.mutate(blocker.kind)}
            >
              {blocker.text}
              <span className="visually-hidden"> {t("delete-blocker-opens-window")}</span>
            </button>
          </li>
        ))}
      </ul>
      <p className="dialog__hint">{t("delete-blocked-hint")}</p>
      <ErrorAlert error={openWindow.error} testId="blocker-open-error" />
      <div className="dialog__buttons">
        <AlertDialog.Cancel className="button button--secondary" data-testid="delete-close">
          {t("action-close")}
        </AlertDialog.Cancel>
      </div>
    </>
  );
}

function ConfirmState({
  check,
  onBlocked,
  onDeleted,
}: {
  check: DeleteCheck;
  onBlocked: (check: DeleteCheck) => void;
  onDeleted: (undo: PendingUndo | null) => void;
}) {
  const { t, locale } = useI18n();
  const impactId = useId();
  const [typed, setTyped] = useState("");
  const matches = tokenMatches(typed, check.token, locale);

  const remove = useMutation({
    mutationFn: () => deleteCustomer(check.customerId, typed),
    onSuccess: (result) => {
      if (result.outcome === "blocked" && result.check) onBlocked(result.check);
      else if (result.outcome === "deleted") onDeleted(result.undo);
    },
  });
  const error = remove.isError ? errorText(remove.error, t) : null;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (matches && !remove.isPending) remove.mutate();
      }}
    >
      <AlertDialog.Description className="dialog__text" id={impactId} data-testid="delete-impact">
        {check.impact}
      </AlertDialog.Description>
      <TextField
        label={t("delete-token-label", { token: check.token })}
        error={error}
        errorTestId="delete-error"
        focusOnMount
        className="text-input dialog__token-input"
        data-testid="delete-token-input"
        autoCapitalize="characters"
        autoCorrect="off"
        spellCheck={false}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
      />
      <div className="dialog__buttons">
        <AlertDialog.Cancel className="button button--secondary" data-testid="delete-cancel">
          {t("action-cancel")}
        </AlertDialog.Cancel>
        <button
          type="submit"
          className="button button--danger"
          data-testid="delete-confirm"
          disabled={!matches || remove.isPending}
        >
          {remove.isPending ? t("delete-running") : t("delete-customer-button")}
        </button>
      </div>
    </form>
  );
}
