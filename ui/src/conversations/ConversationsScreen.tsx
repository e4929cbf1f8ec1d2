import { useNavigation } from "../app/navigation";
import { useI18n } from "../i18n/i18nContext";
import { SectionScreen } from "../lists/SectionScreen";
import { ConversationList } from "./ConversationList";

/** The garage's conversations, newest first. */
export function ConversationsScreen() {
  const { t } = useI18n();
  const { openCustomer } = useNavigation();
  return (
    <SectionScreen
      testId="conversations-page"
      heading={t("conversations-heading")}
      openLabel={t("list-filter-open-only")}
      allLabel={t("list-filter-all")}
    >
      {(onlyOpen) => (
        <ConversationList filter={{ customerId: null, onlyOpen }} showCustomer onOpenCustomer={openCustomer} />
      )}
    </SectionScreen>
  );
}
