import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { hasPermission, useSignedInSession } from "../app/signedInSession";
import { useI18n } from "../i18n/i18nContext";
import type { CustomerListRow, RestoreResult } from "../ipc/bindings";
import { RestoreDialog } from "./RestoreDialog";
import { useRestoreNotices } from "./restoreNotice";

/** R1: "Restore" on a row of the Deleted filter, for holders of customers.restore (Rust checks again). */
export function RestoreButton({ row }: { row: CustomerListRow }) {
  const { t } = useI18n();
  const session = useSignedInSession();
  const queryClient = useQueryClient();
  const notices = useRestoreNotices();
  const [open, setOpen] = useState(false);

  if (!hasPermission(session, "customers.restore")) return null;

  function onRestored(result: RestoreResult) {
    setOpen(false);
    notices.show(result);
    void queryClient.invalidateQueries({ queryKey: ["customers"] });
    void queryClient.invalidateQueries({ queryKey: ["lists"] });
  }

  return (
    // The row opens the customer on click and Enter: the button's own clicks and keys stay here.
    <span onClick={(event) => event.stopPropagation()} onKeyDown={(event) => event.stopPropagation()}>
      <button
        type="button"
        className="button button--secondary button--small"
        data-testid="restore-button"
        aria-haspopup="dialog"
        aria-label={t("restore-action-label", { name: row.name })}
        onClick={() => setOpen(true)}
      >
        {t("restore-action")}
      </button>
      <RestoreDialog
        customerId={row.id}
        customerName={row.name}
        open={open}
        onOpenChange={setOpen}
        onRestored={onRestored}
      />
    </span>
  );
}
