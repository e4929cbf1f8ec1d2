import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { ListFilter } from "../ipc/bindings";
import { listConversations, listInvoices, listWorkOrders } from "../ipc/commands";

export const LISTS_QUERY_KEY = ["lists"] as const;

export function useWorkOrderList(filter: ListFilter, enabled = true) {
  return useQuery({ queryKey: ["lists", "work-orders", filter], queryFn: () => listWorkOrders(filter), enabled });
}

export function useInvoiceList(filter: ListFilter, enabled = true) {
  return useQuery({ queryKey: ["lists", "invoices", filter], queryFn: () => listInvoices(filter), enabled });
}

export function useConversationList(filter: ListFilter, enabled = true) {
  return useQuery({ queryKey: ["lists", "conversations", filter], queryFn: () => listConversations(filter), enabled });
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
