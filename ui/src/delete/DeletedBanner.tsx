import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { BannerCustomerLink, ListBanner } from "../customers/ListBanner";
import { useI18n } from "../i18n/i18nContext";
import { pendingUndo } from "../ipc/commands";
import { backMessages, useDeleteNotices } from "./deleteNotice";
import "./deletedNotice.css";

/** D11, U1: "Customer deleted" at the top of the list, carrying Undo while the window lasts. */
export function DeletedBanner() {
  const { t } = useI18n();
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
    <ListBanner
      testId="deleted-banner"
      tone={failed ? "error" : notice.phase === "refused" ? "warning" : undefined}
      phase={notice.phase}
      title={back ? t(back.title) : t("deleted-title")}
      body={
        back
          ? t(back.body, { name: notice.customerName })
          : failed && notice.failure
            ? notice.failure
            : t("deleted-body", { name: notice.customerName })
      }
      actions={
        (undoOffered || notice.phase === "undoing") && (
          <button
            type="button"
            className="button button--secondary button--small"
            data-testid="banner-undo"
            disabled={notice.phase === "undoing"}
            onClick={undo}
          >
            {notice.phase === "undoing" ? t("undo-running") : t("undo-action")}
          </button>
        )
      }
      onDismiss={dismiss}
      dismissTestId="banner-dismiss"
    >
      {back ? (
        <BannerCustomerLink customerId={notice.customerId} testId="banner-open-customer">
          {t("undo-open-customer", { name: notice.customerName })}
        </BannerCustomerLink>
      ) : (
        notice.phase === "deleted" &&
        !undoOffered && <span className="list-banner__hint"> {t("deleted-undo-over")}</span>
      )}
    </ListBanner>
  );
}
