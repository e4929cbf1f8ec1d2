import * as Toast from "@radix-ui/react-toast";
import { useNavigation } from "../app/navigation";
import { useI18n } from "../i18n/i18nContext";
import { backMessages, useDeleteNotices } from "./deleteNotice";
import "./deletedNotice.css";

export const TOAST_DURATION_MS = 10_000;

/** U1: "Customer deleted" with Undo for 10 seconds, paused while hovered or focused (Radix). */
export function DeletedToast({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useI18n();
  const { openCustomer } = useNavigation();
  const { notice, undoOffered, undo } = useDeleteNotices();
  const back = notice ? backMessages(notice.phase) : null;

  return (
    <Toast.Provider duration={TOAST_DURATION_MS} label={t("toast-label")}>
      {notice && (
        <Toast.Root
          key={notice.batchId}
          className="toast"
          data-testid="delete-toast"
          data-phase={notice.phase}
          open={open}
          onOpenChange={onOpenChange}
        >
          {back ? (
            <>
              <Toast.Title className="toast__title">{t(back.title)}</Toast.Title>
              <Toast.Description className="toast__text">
                {t(back.body, { name: notice.customerName })}
              </Toast.Description>
              <button
                type="button"
                className="link-button toast__link"
                data-testid="toast-open-customer"
                onClick={() => {
                  onOpenChange(false);
                  openCustomer(notice.customerId);
                }}
              >
                {t("undo-open-customer", { name: notice.customerName })}
              </button>
            </>
          ) : (
            <>
              <Toast.Title className="toast__title">{t("deleted-title")}</Toast.Title>
              <Toast.Description className="toast__text">
                {notice.phase === "failed" && notice.failure
                  ? notice.failure
                  : t("deleted-body", { name: notice.customerName })}
              </Toast.Description>
              {(undoOffered || notice.phase === "undoing") && (
                <Toast.Action asChild altText={t("toast-undo-alt")}>
                  <button
                    type="button"
                    className="button button--secondary button--small toast__action"
                    data-testid="toast-undo"
                    disabled={notice.phase === "undoing"}
                    onClick={(event) => {
                      // Keep the toast open to say how the undo went.
                      event.preventDefault();
                      undo();
                    }}
                  >
                    {notice.phase === "undoing" ? t("undo-running") : t("undo-action")}
                  </button>
                </Toast.Action>
              )}
            </>
          )}
          <Toast.Close className="toast__close" aria-label={t("toast-close")}>
            <span aria-hidden="true">×</span>
          </Toast.Close>
        </Toast.Root>
      )}
      <Toast.Viewport className="toast-viewport" label={t("toast-region-label")} />
    </Toast.Provider>
  );
}
