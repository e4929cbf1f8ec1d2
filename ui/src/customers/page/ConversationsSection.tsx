import { StatusLabel } from "../../display/StatusLabel";
import { useI18n } from "../../i18n/i18nContext";
import type { Conversation } from "../../ipc/bindings";
import { PageSection } from "./PageSection";
import { CHANNEL_LABEL, CONVERSATION_STATUS_LABEL, CONVERSATION_STATUS_TONE } from "./statusLabels";

export function ConversationsSection({ conversations }: { conversations: Conversation[] }) {
  const { t, format } = useI18n();
  return (
    <PageSection
      id="conversations"
      testId="conversations-section"
      title={t("conversations-heading")}
      emptyText={t("conversations-empty")}
      isEmpty={conversations.length === 0}
    >
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("conversation-column-channel")}</th>
            <th scope="col">{t("conversation-column-subject")}</th>
            <th scope="col">{t("conversation-column-last-message")}</th>
            <th scope="col">{t("conversation-column-status")}</th>
            <th scope="col">{t("conversation-column-date")}</th>
          </tr>
        </thead>
        <tbody>
          {conversations.map((conversation) => (
            <tr key={conversation.id} data-testid="conversation-row">
              <td>{t(CHANNEL_LABEL[conversation.channel])}</td>
              <th scope="row" className="cell-strong">{conversation.subject}</th>
              <td className="cell-truncate" title={conversation.lastMessage}>
                {conversation.lastMessage}
              </td>
              <td>
                <StatusLabel tone={CONVERSATION_STATUS_TONE[conversation.status]}>
                  {t(CONVERSATION_STATUS_LABEL[conversation.status])}
                </StatusLabel>
              </td>
              <td className="numeric">{format.dateTime(conversation.lastMessageAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PageSection>
  );
}
