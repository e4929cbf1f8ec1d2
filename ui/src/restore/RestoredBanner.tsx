import { BannerCustomerLink, ListBanner } from "../customers/ListBanner";
import { useI18n } from "../i18n/i18nContext";
import { LeftOutList } from "./LeftOutList";
import { useRestoreNotices } from "./restoreNotice";
import "../delete/deletedNotice.css";
import "./restore.css";

/** "Customer restored" at the top of the list, with what the restore left as it was (R4). */
export function RestoredBanner() {
  const { t } = useI18n();
  const { restored, dismiss } = useRestoreNotices();
  if (!restored) return null;

  return (
    <ListBanner
      testId="restored-banner"
      title={t("restored-title")}
      body={t("restored-body", {
        name: restored.customerName,
        vehicles: restored.vehicles,
        conversations: restored.conversations,
      })}
      onDismiss={dismiss}
      dismissTestId="restored-dismiss"
    >
      <BannerCustomerLink customerId={restored.customerId} testId="restored-open-customer">
        {t("restored-open-customer", { name: restored.customerName })}
      </BannerCustomerLink>
      <LeftOutList leftOut={restored.leftOut} testId="restored-left-out" />
    </ListBanner>
  );
}
