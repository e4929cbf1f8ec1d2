import { hasPermission, useSignedInSession } from "../app/signedInSession";
import { useI18n } from "../i18n/i18nContext";
import type { Permission, WorkOrderAction } from "../ipc/bindings";
import { updateWorkOrder } from "../ipc/commands";
import { CustomerNameCell } from "../lists/CustomerNameCell";
import { useWorkOrderList } from "../lists/listQueries";
import { ListTable, type ListProps } from "../lists/ListTable";
import { RowActionButton, RowActions } from "../lists/RowActions";
import { useRowAction } from "../lists/useRowAction";
import { WorkOrderCells, WorkOrderColumnHeads } from "./workOrderColumns";

const ACTIONS: readonly { action: WorkOrderAction; permission: Permission; label: string; testId: string }[] = [
  { action: "complete", permission: "work_orders.complete", label: "work-order-action-complete", testId: "wo-complete" },
  { action: "close", permission: "work_orders.close", label: "work-order-action-close", testId: "wo-close" },
  { action: "cancel", permission: "work_orders.cancel", label: "work-order-action-cancel", testId: "wo-cancel" },
];

/** Work orders, newest first, with Complete / Close / Cancel on active ones (D5). */
export function WorkOrderList({ filter, showCustomer, onOpenCustomer }: ListProps) {
  const { t } = useI18n();
  const session = useSignedInSession();
  const allowed = ACTIONS.filter((entry) => hasPermission(session, entry.permission));
  const update = useRowAction(
    ({ id, action }: { id: string; action: WorkOrderAction }) => updateWorkOrder(id, action),
    (row) => t("work-order-action-done", { number: row.number }),
  );

  return (
    <ListTable
      query={useWorkOrderList(filter)}
      onlyOpen={filter.onlyOpen}
      empty={{ open: t("work-orders-list-empty-open"), all: t("work-orders-list-empty") }}
      done={update.done}
      testId="work-order-list"
      head={
        <>
          <th scope="col">{t("work-order-column-number")}</th>
          {showCustomer && <th scope="col">{t("list-column-customer")}</th>}
          <WorkOrderColumnHeads />
        </>
      }
      cells={(row) => (
        <>
          <th scope="row" className="numeric cell-strong">{row.number}</th>
          {showCustomer && <CustomerNameCell row={row} onOpenCustomer={onOpenCustomer} />}
          <WorkOrderCells order={row} />
        </>
      )}
      actions={
        allowed.length === 0
          ? undefined
          : (row) => {
              const errorId = `wo-error-${row.id}`;
              const failure = update.failureOn(row.id);
              return (
                row.active && (
                  <RowActions errorId={errorId} failure={failure}>
                    {allowed.map((entry) => (
                      <RowActionButton
                        key={entry.action}
                        label={t(entry.label)}
                        rowName={row.number}
                        data-testid={entry.testId}
                        aria-describedby={failure ? errorId : undefined}
                        disabled={update.isPending}
                        onClick={() => update.run({ id: row.id, action: entry.action })}
                      />
                    ))}
                  </RowActions>
                )
              );
            }
      }
    />
  );
}
