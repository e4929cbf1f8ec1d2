import { CHANNEL_LABEL, CONVERSATION_STATUS_LABEL, CONVERSATION_STATUS_TONE } from "../customers/page/statusLabels";
import { ColumnHeads } from "../display/ColumnHeads";
import { StatusOf } from "../display/StatusLabel";
import { useI18n } from "../i18n/i18nContext";
import type { Conversation } from "../ipc/bindings";

// The columns a conversation shows on the customer page and in the lists.

const HEADINGS = [
  "conversation-column-channel",
  "conversation-column-subject",
  "conversation-column-last-message",
  "conversation-column-status",
  "conversation-column-date",
];

export function ConversationColumnHeads() {
  return <ColumnHeads ids={HEADINGS} />;
}

type Shown = Omit<Conversation, "id">;

export function ConversationCells({ conversation }: { conversation: Shown }) {
  const { t, format } = useI18n();
  return (
    <>
      <td>{t(CHANNEL_LABEL[conversation.channel])}</td>
      <th scope="row" className="cell-strong">{conversation.subject}</th>
      <td className="cell-truncate" title={conversation.lastMessage}>
        {conversation.lastMessage}
      </td>
      <td>
        <StatusOf status={conversation.status} labels={CONVERSATION_STATUS_LABEL} tones={CONVERSATION_STATUS_TONE} />
      </td>
      <td className="numeric">{format.dateTime(conversation.lastMessageAt)}</td>
    </>
  );
}
