import { ConversationCells, ConversationColumnHeads } from "../../conversations/conversationColumns";
import type { Conversation } from "../../ipc/bindings";
import { PageSection } from "./PageSection";

export function ConversationsSection({ conversations }: { conversations: Conversation[] }) {
  return (
    <PageSection id="conversations" rows={conversations} head={<ConversationColumnHeads />}>
      {(conversation) => (
        <tr key={conversation.id} data-testid="conversation-row">
          <ConversationCells conversation={conversation} />
        </tr>
      )}
    </PageSection>
  );
}
