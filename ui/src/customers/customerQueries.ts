import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { CustomerQuery } from "../ipc/bindings";
import { getCustomer, searchCustomers } from "../ipc/commands";

export const CUSTOMER_PAGE_SIZE = 50;

export function useCustomerSearchQuery(query: CustomerQuery) {
  return useQuery({
    queryKey: ["customers", "search", query],
    queryFn: () => searchCustomers(query),
    // Keep the previous rows on screen while the next keystroke's results load.
    placeholderData: keepPreviousData,
  });
}

export function useCustomerDetailQuery(customerId: string) {
  return useQuery({
    queryKey: ["customers", "detail", customerId],
    queryFn: () => getCustomer(customerId),
  });
}
