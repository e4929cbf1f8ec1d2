import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { hasPermission, useSignedInSession } from "../app/signedInSession";
import { WORK_ORDER_STATUS_LABEL, WORK_ORDER_STATUS_TONE } from "../customers/page/statusLabels";
import { Plate } from "../display/Plate";
import { StatusLabel } from "../display/StatusLabel";
import { useI18n } from "../i18n/i18nContext";
import type { ListFilter, Permission, WorkOrderAction, WorkOrderListRow } from "../ipc/bindings";
import { updateWorkOrder } from "../ipc/commands";
import { errorText } from "../ipc/errorText";
import { ActionStatus } from "../lists/ActionStatus";
import { CustomerNameCell } from "../lists/CustomerNameCell";
import { useRefreshAfterAction, useWorkOrderList } from "../lists/listQueries";
import { ListState } from "../lists/ListState";
import "../lists/lists.css";

const ACTIONS: readonly { action: WorkOrderAction; permission: Permission; label: string; testId: string }[] = [
  { action: "complete", permission: "work_orders.complete", label: "work-order-action-complete", testId: "wo-complete" },
  { action: "close", permission: "work_orders.close", label: "work-order-action-close", testId: "wo-close" },
  { action: "cancel", permission: "work_orders.cancel", label: "work-order-action-cancel", testId: "wo-cancel" },
];

/** Work orders, newest first, with Complete / Close / Cancel on active ones (D5). */
export function WorkOrderList({
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
  const query = useWorkOrderList(filter);
  const refresh = useRefreshAfterAction();
  const [failed, setFailed] = useState<{ id: string; message: string } | null>(null);
  const [done, setDone] = useState("");
  const allowed = ACTIONS.filter((entry) => hasPermission(session, entry.permission));

  const update = useMutation({
    mutationFn: ({ id, action }: { id: string; action: WorkOrderAction }) => updateWorkOrder(id, action),
    onMutate: () => setFailed(null),
    onSuccess: async (row) => {
      setDone(t("work-order-action-done", { number: row.number }));
      await refresh();
    },
    onError: (error, { id }) => setFailed({ id, message: errorText(error, t) }),
  });

  return (
    <ListState
      query={query}
      emptyTitle={filter.onlyOpen ? t("work-orders-list-empty-open") : t("work-orders-list-empty")}
      emptyHint={filter.onlyOpen ? t("list-empty-open-hint") : t("list-empty-hint")}
    >
      {(rows: WorkOrderListRow[]) => (
        <>
          <ActionStatus text={done} />
          <table className="data-table" data-testid="work-order-list">
            <thead>
              <tr>
                <th scope="col">{t("work-order-column-number")}</th>
                {showCustomer && <th scope="col">{t("list-column-customer")}</th>}
                <th scope="col">{t("work-order-column-vehicle")}</th>
                <th scope="col">{t("work-order-column-description")}</th>
                <th scope="col">{t("work-order-column-status")}</th>
                <th scope="col">{t("work-order-column-created")}</th>
                {allowed.length > 0 && <th scope="col">{t("list-column-actions")}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-testid="resolve-row" data-id={row.id}>
                  <th scope="row" className="numeric cell-strong">{row.number}</th>
                  {showCustomer && (
                    <CustomerNameCell
                      customerId={row.customerId}
                      name={row.customerName}
                      deleted={row.customerDeleted}
                      onOpenCustomer={onOpenCustomer}
                    />
                  )}
                  <td>
                    {row.vehiclePlate && <Plate plate={row.vehiclePlate} />}
                    {row.vehicleLabel && <span className="cell-secondary">{row.vehicleLabel}</span>}
                  </td>
                  <td className="cell-wrap">{row.description}</td>
                  <td>
                    <StatusLabel tone={WORK_ORDER_STATUS_TONE[row.status]}>{t(WORK_ORDER_STATUS_LABEL[row.status])}</StatusLabel>
                  </td>
                  <td className="numeric">{format.date(row.createdAt)}</td>
                  {allowed.length > 0 && (
                    <td>
                      {row.active && (
                        <div className="row-actions">
                          {allowed.map((entry) => (
                            <button
                              key={entry.action}
                              type="button"
                              className="button button--secondary button--small"
                              data-testid={entry.testId}
                              aria-describedby={failed?.id === row.id ? `wo-error-${row.id}` : undefined}
                              disabled={update.isPending}
                              onClick={() => update.mutate({ id: row.id, action: entry.action })}
                            >
                              {t(entry.label)}
                              <span className="visually-hidden"> {row.number}</span>
                            </button>
                          ))}
                          {failed?.id === row.id && (
                            <p className="field-error" id={`wo-error-${row.id}`} role="alert" data-testid="action-error">
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
