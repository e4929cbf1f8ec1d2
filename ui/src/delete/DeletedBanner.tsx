import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useNavigation } from "../app/navigation";
import { DismissButton } from "../display/DismissButton";
import { useI18n } from "../i18n/i18nContext";
import { pendingUndo } from "../ipc/commands";
import { backMessages, useDeleteNotices } from "./deleteNotice";
import "./deletedNotice.css";

/** D11, U1: "Customer deleted" at the top of the list, carrying Undo while the window lasts. */
export function DeletedBanner() {
  const { t } = useI18n();
  const { openCustomer } = useNavigation();
  const { notice, undoOffered, undo, dismiss, syncPending } = useDeleteNotices();

  // Ask Rust what is still undoable each time the list mounts: its clock decides (U3).
  const pending = useQuery({ queryKey: ["delete", "pending-undo"], queryFn: pendingUndo, staleTime: 0, gcTime: 0 });
  const pendingData = pending.data;
  useEffect(() => {
    if (pendingData !== undefined) syncPending(pendingData);
  }, [pendingData, syncPending]);

  if (!notice) return null;
  const back = backMessages(notice.phase);

  const failed = notice.phase === "failed";
  return (
    <div
      className={failed ? "list-banner list-banner--error" : notice.phase === "refused" ? "list-banner list-banner--warning" : "list-banner"}
      data-testid="deleted-banner"
      data-phase={notice.phase}
      role={failed ? "alert" : "status"}
      aria-live={failed ? "assertive" : "polite"}
    >
      <div className="list-banner__text">
        {back ? (
          <>
            <strong>{t(back.title)}</strong>{" "}
            <span>{t(back.body, { name: notice.customerName })}</span>{" "}
            <button
              type="button"
              className="link-button"
              data-testid="banner-open-customer"
              onClick={() => openCustomer(notice.customerId)}
            >
              {t("undo-open-customer", { name: notice.customerName })}
            </button>
          </>
        ) : (
          <>
            <strong>{t("deleted-title")}</strong>{" "}
            <span>{failed && notice.failure ? notice.failure : t("deleted-body", { name: notice.customerName })}</span>
            {notice.phase === "deleted" && !undoOffered && (
              <span className="list-banner__hint"> {t("deleted-undo-over")}</span>
            )}
          </>
        )}
      </div>
      <div className="list-banner__actions">
        {(undoOffered || notice.phase === "undoing") && (
          <button
            type="button"
            className="button button--secondary button--small"
            data-testid="banner-undo"
            disabled={notice.phase === "undoing"}
            onClick={undo}
          >
            {notice.phase === "undoing" ? t("undo-running") : t("undo-action")}
          </button>
        )}
        <DismissButton testId="banner-dismiss" onClick={dismiss} />
      </div>
    </div>
  );
}
