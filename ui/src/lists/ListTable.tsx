import type { UseQueryResult } from "@tanstack/react-query";
import { Fragment, type ReactNode } from "react";
import { useI18n } from "../i18n/i18nContext";
import type { ListFilter } from "../ipc/bindings";
import { ActionStatus } from "./ActionStatus";
import { ListState } from "./ListState";
import "./lists.css";

/** What every row list (work orders, invoices, conversations) is given. */
export type ListProps = {
  filter: ListFilter;
  showCustomer: boolean;
  onOpenCustomer?: (customerId: string) => void;
};

/**
 * A row list's table under its loading, error and empty states, with the live region for its
 * actions and, when the person may act on rows, an Actions column.
 */
export function ListTable<Row extends { id: string }>({
  query,
  onlyOpen,
  empty,
  done,
  testId,
  head,
  cells,
  actions,
  below,
}: {
  query: UseQueryResult<Row[]>;
  onlyOpen: boolean;
  /** The empty state's title when only open rows are asked for, and when all are. */
  empty: { open: string; all: string };
  /** What the last action did, for screen readers. */
  done: string;
  testId: string;
  /** The headings of the columns `cells` gives. */
  head: ReactNode;
  cells: (row: Row) => ReactNode;
  /** The row's action buttons; left out when the person may take none of the actions. */
  actions?: (row: Row) => ReactNode;
  /** A table row under the row (an action's form). */
  below?: (row: Row) => ReactNode;
}) {
  const { t } = useI18n();
  return (
    <ListState
      query={query}
      emptyTitle={onlyOpen ? empty.open : empty.all}
      emptyHint={onlyOpen ? t("list-empty-open-hint") : t("list-empty-hint")}
    >
      {(rows: Row[]) => (
        <>
          <ActionStatus text={done} />
          <table className="data-table" data-testid={testId}>
            <thead>
              <tr>
                {head}
                {actions && <th scope="col">{t("list-column-actions")}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <Fragment key={row.id}>
                  <tr data-testid="resolve-row" data-id={row.id}>
                    {cells(row)}
                    {actions && <td>{actions(row)}</td>}
                  </tr>
                  {below?.(row)}
                </Fragment>
              ))}
            </tbody>
          </table>
        </>
      )}
    </ListState>
  );
}
