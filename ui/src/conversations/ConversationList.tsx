import { hasPermission, useSignedInSession } from "../app/signedInSession";
import { useI18n } from "../i18n/i18nContext";
import { closeConversation } from "../ipc/commands";
import { CustomerNameCell } from "../lists/CustomerNameCell";
import { useConversationList } from "../lists/listQueries";
import { ListTable, type ListProps } from "../lists/ListTable";
import { RowActionButton, RowActions } from "../lists/RowActions";
import { useRowAction } from "../lists/useRowAction";
import { ConversationCells, ConversationColumnHeads } from "./conversationColumns";

/** Conversations, newest first, with Close on those not closed yet (D5). */
export function ConversationList({ filter, showCustomer, onOpenCustomer }: ListProps) {
  const { t } = useI18n();
  const canClose = hasPermission(useSignedInSession(), "conversations.close");
  const close = useRowAction(
    ({ id }: { id: string }) => closeConversation(id),
    (row) => t("conversation-closed-done", { subject: row.subject }),
  );

  return (
    <ListTable
      query={useConversationList(filter)}
      onlyOpen={filter.onlyOpen}
      empty={{ open: t("conversations-list-empty-open"), all: t("conversations-list-empty") }}
      done={close.done}
      testId="conversation-list"
      head={
        <>
          {showCustomer && <th scope="col">{t("list-column-customer")}</th>}
          <ConversationColumnHeads />
        </>
      }
      cells={(row) => (
        <>
          {showCustomer && <CustomerNameCell row={row} onOpenCustomer={onOpenCustomer} />}
          <ConversationCells conversation={row} />
        </>
      )}
      actions={
        canClose
          ? (row) => {
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
            }
          : undefined
      }
    />
  );
}
