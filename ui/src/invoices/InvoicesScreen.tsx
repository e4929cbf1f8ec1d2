import { useNavigation } from "../app/navigation";
import { useI18n } from "../i18n/i18nContext";
import { SectionScreen } from "../lists/SectionScreen";
import { InvoiceList } from "./InvoiceList";

/** The garage's invoices, newest first; "open" means unpaid. */
export function InvoicesScreen() {
  const { t } = useI18n();
  const { openCustomer } = useNavigation();
  return (
    <SectionScreen
      testId="invoices-page"
      heading={t("invoices-heading")}
      openLabel={t("list-filter-unpaid-only")}
      allLabel={t("list-filter-all")}
    >
      {(onlyOpen) => <InvoiceList filter={{ customerId: null, onlyOpen }} showCustomer onOpenCustomer={openCustomer} />}
    </SectionScreen>
  );
}
