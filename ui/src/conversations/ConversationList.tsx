import { hasPermission, useSignedInSession } from "../app/signedInSession";
import { useI18n } from "../i18n/i18nContext";
import type { ConversationListRow } from "../ipc/bindings";
import { closeConversation } from "../ipc/commands";
import { ListTable, type ListProps } from "../lists/ListTable";
import { RowActionButton, RowActions } from "../lists/RowActions";
import { useRowAction } from "../lists/useRowAction";

/** Conversations, newest first, with Close on those not closed yet (D5). */
export function ConversationList(props: ListProps) {
  const { t } = useI18n();
  const canClose = hasPermission(useSignedInSession(), "conversations.close");
  const close = useRowAction(
    ({ id }: { id: string }) => closeConversation(id),
    (row) => t("conversation-closed-done", { subject: row.subject }),
  );

  const closeButton = (row: ConversationListRow) => {
    const errorId = `conversation-error-${row.id}`;
    const failure = close.failureOn(row.id);
    return (
      row.status !== "closed" && (
        <RowActions errorId={errorId} failure={failure}>
          <RowActionButton
            label={t("conversation-action-close")}
            rowName={row.subject}
            data-testid="conversation-close"
            aria-describedby={failure ? errorId : undefined}
            disabled={close.isPending}
            onClick={() => close.run({ id: row.id })}
          />
        </RowActions>
      )
    );
  };
  return <ListTable {...props} kind="conversations" done={close.done} actions={canClose ? closeButton : undefined} />;
}
