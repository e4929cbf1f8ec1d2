import * as Tooltip from "@radix-ui/react-tooltip";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigation } from "../app/navigation";
import { hasPermission, useSignedInSession } from "../app/signedInSession";
import { useCustomerSearch } from "../customers/customerSearchContext";
import { useI18n } from "../i18n/i18nContext";
import type { Customer, PendingUndo } from "../ipc/bindings";
import { DeleteDialog } from "./DeleteDialog";
import { useDeleteNotices } from "./deleteNotice";
import "./deleteDialog.css";

/** D1: absent without customers.delete; on a deleted customer visible, disabled, with a tooltip. */
export function DeleteCustomerButton({ customer }: { customer: Customer }) {
  const { t } = useI18n();
  const session = useSignedInSession();
  const queryClient = useQueryClient();
  const { showCustomerList } = useNavigation();
  const { setFilter } = useCustomerSearch();
  const notices = useDeleteNotices();
  const [open, setOpen] = useState(false);

  if (!hasPermission(session, "customers.delete")) return null;

  if (customer.deletedAt !== null) {
    return (
      <Tooltip.Provider delayDuration={300}>
        <Tooltip.Root>
          <Tooltip.Trigger asChild>
            {/* A disabled button takes no focus or hover: the span carries the tooltip for mouse and keyboard. */}
            <span className="disabled-trigger" tabIndex={0} data-testid="delete-customer-disabled-wrapper">
              <button type="button" className="button button--quiet-danger" data-testid="delete-customer-button" disabled>
                {t("delete-customer-button")}
              </button>
            </span>
          </Tooltip.Trigger>
          <Tooltip.Portal>
            <Tooltip.Content className="tooltip" side="bottom" align="end" sideOffset={6}>
              {t("delete-already-deleted-tooltip")}
              <Tooltip.Arrow className="tooltip__arrow" />
            </Tooltip.Content>
          </Tooltip.Portal>
        </Tooltip.Root>
      </Tooltip.Provider>
    );
  }

  function onDeleted(undo: PendingUndo | null) {
    setOpen(false);
    if (undo) notices.deleted(undo);
    void queryClient.invalidateQueries({ queryKey: ["customers"] });
    void queryClient.invalidateQueries({ queryKey: ["lists"] });
    setFilter("active");
    showCustomerList();
  }

  return (
    <>
      <button
        type="button"
        className="button button--quiet-danger"
        data-testid="delete-customer-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t("delete-customer-button")}
      </button>
      <DeleteDialog customer={customer} open={open} onOpenChange={setOpen} onDeleted={onDeleted} />
    </>
  );
}
