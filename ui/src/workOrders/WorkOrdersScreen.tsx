import { useNavigation } from "../app/navigation";
import { useI18n } from "../i18n/i18nContext";
import { SectionScreen } from "../lists/SectionScreen";
import { WorkOrderList } from "./WorkOrderList";

/** The garage's work orders, newest first. */
export function WorkOrdersScreen() {
  const { t } = useI18n();
  const { openCustomer } = useNavigation();
  return (
    <SectionScreen
      testId="work-orders-page"
      heading={t("work-orders-heading")}
      openLabel={t("list-filter-open-only")}
      allLabel={t("list-filter-all")}
    >
      {(onlyOpen) => (
        <WorkOrderList filter={{ customerId: null, onlyOpen }} showCustomer onOpenCustomer={openCustomer} />
      )}
    </SectionScreen>
  );
}
