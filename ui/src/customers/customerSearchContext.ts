import { createContext, type KeyboardEvent } from "react";
import { useProvidedContext } from "../app/providedContext";
import type { CustomerFilter } from "../ipc/bindings";
import type { useCustomerSearchQuery } from "./customerQueries";

export type CustomerSearch = {
  /** What is in the search box right now. */
  text: string;
  setText: (text: string) => void;
  filter: CustomerFilter;
  setFilter: (filter: CustomerFilter) => void;
  page: number;
  setPage: (page: number) => void;
  results: ReturnType<typeof useCustomerSearchQuery>;
  /** The search text the rows on screen answer, or undefined while they are an older search's. */
  shownFor: string | undefined;
  /** Index of the highlighted row on the current page. */
  activeIndex: number;
  activeRowId: string | undefined;
  /** Arrow keys move the highlight, Enter opens it. Returns the newly highlighted row's element id. */
  handleListKey: (event: KeyboardEvent) => string | undefined;
  setActiveIndex: (index: number) => void;
};

export const CustomerSearchContext = createContext<CustomerSearch | null>(null);

export function useCustomerSearch(): CustomerSearch {
  return useProvidedContext(CustomerSearchContext, "useCustomerSearch must be used inside a CustomerSearchProvider");
}

export function customerRowElementId(customerId: string): string {
  return `customer-row-${customerId}`;
}
