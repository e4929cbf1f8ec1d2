import { Plate } from "../../display/Plate";
import { StatusLabel } from "../../display/StatusLabel";
import { useI18n } from "../../i18n/i18nContext";
import type { WorkOrder } from "../../ipc/bindings";
import { PageSection } from "./PageSection";
import { WORK_ORDER_STATUS_LABEL, WORK_ORDER_STATUS_TONE } from "./statusLabels";

export function WorkOrdersSection({ workOrders }: { workOrders: WorkOrder[] }) {
  const { t, format } = useI18n();
  return (
    <PageSection
      id="work-orders"
      testId="work-orders-section"
      title={t("work-orders-heading")}
      emptyText={t("work-orders-empty")}
      isEmpty={workOrders.length === 0}
    >
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("work-order-column-number")}</th>
            <th scope="col">{t("work-order-column-vehicle")}</th>
            <th scope="col">{t("work-order-column-description")}</th>
            <th scope="col">{t("work-order-column-status")}</th>
            <th scope="col">{t("work-order-column-created")}</th>
          </tr>
        </thead>
        <tbody>
          {workOrders.map((order) => (
            <tr key={order.id} data-testid="work-order-row">
              <th scope="row" className="numeric cell-strong">{order.number}</th>
              <td>
                {order.vehiclePlate && <Plate plate={order.vehiclePlate} />}
                {order.vehicleLabel && <span className="cell-secondary">{order.vehicleLabel}</span>}
              </td>
              <td className="cell-wrap">{order.description}</td>
              <td>
                <StatusLabel tone={WORK_ORDER_STATUS_TONE[order.status]}>
                  {t(WORK_ORDER_STATUS_LABEL[order.status])}
                </StatusLabel>
              </td>
              <td className="numeric">{format.date(order.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PageSection>
  );
}
