import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { BlockerKind, ConversationListRow, InvoiceListRow, ListFilter, WorkOrderListRow } from "../ipc/bindings";
import { listConversations, listInvoices, listWorkOrders } from "../ipc/commands";

export const LISTS_QUERY_KEY = ["lists"] as const;

/** The lists that resolve blockers (one per kind of blocker), and the rows each holds. */
export type ListKind = BlockerKind;
export type ListRow<K extends ListKind> = {
  work_orders: WorkOrderListRow;
  invoices: InvoiceListRow;
  conversations: ConversationListRow;
}[K];

const LIST_COMMAND: { [K in ListKind]: (filter: ListFilter) => Promise<ListRow<K>[]> } = {
  work_orders: listWorkOrders,
  invoices: listInvoices,
  conversations: listConversations,
};

export function useListRows<K extends ListKind>(kind: K, filter: ListFilter) {
  return useQuery<ListRow<K>[]>({ queryKey: [...LISTS_QUERY_KEY, kind, filter], queryFn: () => LIST_COMMAND[kind](filter) });
}

/** After a row action: every list and every customer page may show the row. */
export function useRefreshAfterAction() {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: LISTS_QUERY_KEY }),
      queryClient.invalidateQueries({ queryKey: ["customers"] }),
    ]);
  }, [queryClient]);
}
