import { useCallback, useDeferredValue, useMemo, useState, type KeyboardEvent, type ReactNode } from "react";
import { useNavigation } from "../app/navigation";
import type { CustomerFilter, CustomerQuery } from "../ipc/bindings";
import { CUSTOMER_PAGE_SIZE, useCustomerSearchQuery } from "./customerQueries";
import { CustomerSearchContext, customerRowElementId, type CustomerSearch } from "./customerSearchContext";

type Highlight = { queryKey: string; index: number };

/** Shared by the search box in the top bar and the customer list. */
export function CustomerSearchProvider({ children }: { children: ReactNode }) {
  const { route, openCustomer, showCustomerList } = useNavigation();
  const [text, setTextState] = useState("");
  const [filter, setFilterState] = useState<CustomerFilter>("active");
  const [page, setPage] = useState(0);
  // Every keystroke searches (Rust answers a page in milliseconds at 100k customers, issue 10);
  // React renders the box first and the list when it can, and the previous rows stay on screen
  // until the new ones arrive.
  const searchText = useDeferredValue(text.trim());

  const query = useMemo<CustomerQuery>(
    () => ({ text: searchText, filter, page, pageSize: CUSTOMER_PAGE_SIZE }),
    [searchText, filter, page],
  );
  const results = useCustomerSearchQuery(query);
  const shownFor = results.data && !results.isPlaceholderData ? query.text : undefined;
  const rows = useMemo(() => results.data?.rows ?? [], [results.data]);

  // The highlight belongs to one result set; new results start at the top row.
  const resultKey = JSON.stringify(query);
  const [highlight, setHighlight] = useState<Highlight>({ queryKey: resultKey, index: 0 });
  const activeIndex =
    highlight.queryKey === resultKey ? Math.min(highlight.index, Math.max(rows.length - 1, 0)) : 0;
  const activeRow = rows[activeIndex];
  const activeRowId = activeRow ? customerRowElementId(activeRow.id) : undefined;

  const setActiveIndex = useCallback(
    (index: number) => setHighlight({ queryKey: resultKey, index }),
    [resultKey],
  );

  const setText = useCallback(
    (next: string) => {
      setTextState(next);
      setPage(0);
      if (route.screen !== "customer-list") showCustomerList();
    },
    [route.screen, showCustomerList],
  );

  const setFilter = useCallback((next: CustomerFilter) => {
    setFilterState(next);
    setPage(0);
  }, []);

  const handleListKey = useCallback(
    (event: KeyboardEvent): string | undefined => {
      if (rows.length === 0 || event.altKey || event.ctrlKey || event.metaKey) return undefined;
      let next: number;
      switch (event.key) {
        case "ArrowDown":
          next = Math.min(activeIndex + 1, rows.length - 1);
          break;
        case "ArrowUp":
          next = Math.max(activeIndex - 1, 0);
          break;
        case "Home":
          if ((event.target as HTMLElement).tagName === "INPUT") return undefined;
          next = 0;
          break;
        case "End":
          if ((event.target as HTMLElement).tagName === "INPUT") return undefined;
          next = rows.length - 1;
          break;
        case "Enter": {
          event.preventDefault();
          if (activeRow) openCustomer(activeRow.id);
          return undefined;
        }
        default:
          return undefined;
      }
      event.preventDefault();
      setActiveIndex(next);
      const row = rows[next];
      return row ? customerRowElementId(row.id) : undefined;
    },
    [rows, activeIndex, activeRow, openCustomer, setActiveIndex],
  );

  const value = useMemo<CustomerSearch>(
    () => ({
      text,
      setText,
      filter,
      setFilter,
      page,
      setPage,
      results,
      shownFor,
      activeIndex,
      activeRowId,
      handleListKey,
      setActiveIndex,
    }),
    [text, setText, filter, setFilter, page, results, shownFor, activeIndex, activeRowId, handleListKey, setActiveIndex],
  );
  return <CustomerSearchContext.Provider value={value}>{children}</CustomerSearchContext.Provider>;
}
