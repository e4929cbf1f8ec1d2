import { Fragment, type ReactNode } from "react";
import { useI18n } from "../i18n/i18nContext";
import type { ListFilter } from "../ipc/bindings";
import { ActionStatus } from "./ActionStatus";
import { CustomerNameCell } from "./CustomerNameCell";
import { KIND_COLUMNS, LEADING_HEADINGS, LIST_TEXT } from "./listLooks";
import { useListRows, type ListKind, type ListRow } from "./listQueries";
import { ListState } from "./ListState";
import "./lists.css";

/** What every row list (work orders, invoices, conversations) is given. */
export type ListProps = {
  filter: ListFilter;
  showCustomer: boolean;
  onOpenCustomer?: (customerId: string) => void;
};

/**
 * The rows of one kind for the filter, under their loading, error and empty states: the number,
 * the customer when asked for, the kind's columns and, when the person may act on rows, Actions.
 */
export function ListTable<K extends ListKind>({
  kind,
  filter,
  showCustomer,
  onOpenCustomer,
  done,
  actions,
  below,
}: ListProps & {
  kind: K;
  /** What the last action did, for screen readers. */
  done: string;
  /** The row's action buttons; left out when the person may take none of the actions. */
  actions?: (row: ListRow<K>) => ReactNode;
  /** A table row under the row (an action's form). */
  below?: (row: ListRow<K>) => ReactNode;
}) {
  const { t } = useI18n();
  const text = LIST_TEXT[kind];
  const leading = LEADING_HEADINGS[kind];
  const columns = KIND_COLUMNS[kind] as { heads: ReactNode; cells: (row: ListRow<K>) => ReactNode };
  return (
    <ListState
      query={useListRows(kind, filter)}
      emptyTitle={filter.onlyOpen ? t(text.emptyOpen) : t(text.emptyAll)}
      emptyHint={filter.onlyOpen ? t("list-empty-open-hint") : t("list-empty-hint")}
    >
      {(rows: ListRow<K>[]) => (
        <>
          <ActionStatus text={done} />
          <table className="data-table" data-testid={text.testId}>
            <thead>
              <tr>
                {leading.number && <th scope="col">{t(leading.number)}</th>}
                {showCustomer && <th scope="col">{t(leading.customer)}</th>}
                {columns.heads}
                {actions && <th scope="col">{t("list-column-actions")}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <Fragment key={row.id}>
                  <tr data-testid="resolve-row" data-id={row.id}>
                    {"number" in row && (
                      <th scope="row" className="numeric cell-strong">
                        {row.number}
                      </th>
                    )}
                    {showCustomer && <CustomerNameCell row={row} onOpenCustomer={onOpenCustomer} />}
                    {columns.cells(row)}
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
