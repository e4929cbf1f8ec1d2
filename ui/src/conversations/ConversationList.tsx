import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { hasPermission, useSignedInSession } from "../app/signedInSession";
import { CHANNEL_LABEL, CONVERSATION_STATUS_LABEL, CONVERSATION_STATUS_TONE } from "../customers/page/statusLabels";
import { StatusLabel } from "../display/StatusLabel";
import { useI18n } from "../i18n/i18nContext";
import type { ConversationListRow, ListFilter } from "../ipc/bindings";
import { closeConversation } from "../ipc/commands";
import { errorText } from "../ipc/errorText";
import { ActionStatus } from "../lists/ActionStatus";
import { CustomerNameCell } from "../lists/CustomerNameCell";
import { useConversationList, useRefreshAfterAction } from "../lists/listQueries";
import { ListState } from "../lists/ListState";
import "../lists/lists.css";

/** Conversations, newest first, with Close on those not closed yet (D5). */
export function ConversationList({
  filter,
  showCustomer,
  onOpenCustomer,
}: {
  filter: ListFilter;
  showCustomer: boolean;
  onOpenCustomer?: (customerId: string) => void;
}) {
  const { t, format } = useI18n();
  const session = useSignedInSession();
  const query = useConversationList(filter);
  const refresh = useRefreshAfterAction();
  const canClose = hasPermission(session, "conversations.close");
  const [failed, setFailed] = useState<{ id: string; message: string } | null>(null);
  const [done, setDone] = useState("");

  const close = useMutation({
    mutationFn: (id: string) => closeConversation(id),
    onMutate: () => setFailed(null),
    onSuccess: async (row) => {
      setDone(t("conversation-closed-done", { subject: row.subject }));
      await refresh();
    },
    onError: (error, id) => setFailed({ id, message: errorText(error, t) }),
  });

  return (
    <ListState
      query={query}
      emptyTitle={filter.onlyOpen ? t("conversations-list-empty-open") : t("conversations-list-empty")}
      emptyHint={filter.onlyOpen ? t("list-empty-open-hint") : t("list-empty-hint")}
    >
      {(rows: ConversationListRow[]) => (
        <>
          <ActionStatus text={done} />
          <table className="data-table" data-testid="conversation-list">
            <thead>
              <tr>
                {showCustomer && <th scope="col">{t("list-column-customer")}</th>}
                <th scope="col">{t("conversation-column-channel")}</th>
                <th scope="col">{t("conversation-column-subject")}</th>
                <th scope="col">{t("conversation-column-last-message")}</th>
                <th scope="col">{t("conversation-column-status")}</th>
                <th scope="col">{t("conversation-column-date")}</th>
                {canClose && <th scope="col">{t("list-column-actions")}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-testid="resolve-row" data-id={row.id}>
                  {showCustomer && (
                    <CustomerNameCell
                      customerId={row.customerId}
                      name={row.customerName}
                      deleted={row.customerDeleted}
                      onOpenCustomer={onOpenCustomer}
                    />
                  )}
                  <td>{t(CHANNEL_LABEL[row.channel])}</td>
                  <th scope="row" className="cell-strong">{row.subject}</th>
                  <td className="cell-truncate" title={row.lastMessage}>
                    {row.lastMessage}
                  </td>
                  <td>
                    <StatusLabel tone={CONVERSATION_STATUS_TONE[row.status]}>
                      {t(CONVERSATION_STATUS_LABEL[row.status])}
                    </StatusLabel>
                  </td>
                  <td className="numeric">{format.dateTime(row.lastMessageAt)}</td>
                  {canClose && (
                    <td>
                      {row.status !== "closed" && (
                        <div className="row-actions">
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            data-testid="conversation-close"
                            aria-describedby={failed?.id === row.id ? `conversation-error-${row.id}` : undefined}
                            disabled={close.isPending}
                            onClick={() => close.mutate(row.id)}
                          >
                            {t("conversation-action-close")}
                            <span className="visually-hidden"> {row.subject}</span>
                          </button>
                          {failed?.id === row.id && (
                            <p
                              className="field-error"
                              id={`conversation-error-${row.id}`}
                              role="alert"
                              data-testid="action-error"
                            >
                              {failed.message}
                            </p>
                          )}
                        </div>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </ListState>
  );
}
