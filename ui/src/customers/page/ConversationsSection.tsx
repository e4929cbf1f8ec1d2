import { ConversationCells, ConversationColumnHeads } from "../../conversations/conversationColumns";
import { useI18n } from "../../i18n/i18nContext";
import type { Conversation } from "../../ipc/bindings";
import { PageSection } from "./PageSection";

export function ConversationsSection({ conversations }: { conversations: Conversation[] }) {
  const { t } = useI18n();
  return (
    <PageSection
      id="conversations"
      title={t("conversations-heading")}
      emptyText={t("conversations-empty")}
      rows={conversations}
      head={<ConversationColumnHeads />}
    >
      {(conversation) => (
        <tr key={conversation.id} data-testid="conversation-row">
          <ConversationCells conversation={conversation} />
        </tr>
      )}
    </PageSection>
  );
}
