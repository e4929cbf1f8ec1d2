import { hasPermission, useSignedInSession } from "../app/signedInSession";
import { useI18n } from "../i18n/i18nContext";
import type { Permission, WorkOrderAction, WorkOrderListRow } from "../ipc/bindings";
import { updateWorkOrder } from "../ipc/commands";
import { ListTable, type ListProps } from "../lists/ListTable";
import { RowActionButton, RowActions } from "../lists/RowActions";
import { useRowAction } from "../lists/useRowAction";

const ACTIONS: readonly { action: WorkOrderAction; permission: Permission; label: string; testId: string }[] = [
  { action: "complete", permission: "work_orders.complete", label: "work-order-action-complete", testId: "wo-complete" },
  { action: "close", permission: "work_orders.close", label: "work-order-action-close", testId: "wo-close" },
  { action: "cancel", permission: "work_orders.cancel", label: "work-order-action-cancel", testId: "wo-cancel" },
];

/** Work orders, newest first, with Complete / Close / Cancel on active ones (D5). */
export function WorkOrderList(props: ListProps) {
  const { t } = useI18n();
  const session = useSignedInSession();
  const update = useRowAction(
    ({ id, action }: { id: string; action: WorkOrderAction }) => updateWorkOrder(id, action),
    (row) => t("work-order-action-done", { number: row.number }),
  );
  const allowed = ACTIONS.filter((entry) => hasPermission(session, entry.permission));

  const buttons = (row: WorkOrderListRow) => {
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
  };
  return <ListTable {...props} kind="work_orders" done={update.done} actions={allowed.length > 0 ? buttons : undefined} />;
}
