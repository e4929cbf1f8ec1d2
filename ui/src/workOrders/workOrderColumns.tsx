import { WORK_ORDER_STATUS_LABEL, WORK_ORDER_STATUS_TONE } from "../customers/page/statusLabels";
import { ColumnHeads } from "../display/ColumnHeads";
import { Plate } from "../display/Plate";
import { StatusOf } from "../display/StatusLabel";
import { useI18n } from "../i18n/i18nContext";
import type { WorkOrder } from "../ipc/bindings";

// The columns after the number that a work order shows on the customer page and in the lists.

const HEADINGS = ["work-order-column-vehicle", "work-order-column-description", "work-order-column-status", "work-order-column-created"];

export function WorkOrderColumnHeads() {
  return <ColumnHeads ids={HEADINGS} />;
}

type Shown = Pick<WorkOrder, "vehiclePlate" | "vehicleLabel" | "description" | "status" | "createdAt">;

export function WorkOrderCells({ order }: { order: Shown }) {
  const { format } = useI18n();
  return (
    <>
      <td className="vehicle-cell">
        {order.vehiclePlate && <Plate plate={order.vehiclePlate} />}
        {order.vehicleLabel && <span className="cell-secondary">{order.vehicleLabel}</span>}
      </td>
      <td className="cell-wrap">{order.description}</td>
      <td>
        <StatusOf status={order.status} labels={WORK_ORDER_STATUS_LABEL} tones={WORK_ORDER_STATUS_TONE} />
      </td>
      <td className="numeric">{format.date(order.createdAt)}</td>
    </>
  );
}
