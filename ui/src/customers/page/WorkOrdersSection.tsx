import { useI18n } from "../../i18n/i18nContext";
import type { WorkOrder } from "../../ipc/bindings";
import { WorkOrderCells, WorkOrderColumnHeads } from "../../workOrders/workOrderColumns";
import { PageSection } from "./PageSection";

export function WorkOrdersSection({ workOrders }: { workOrders: WorkOrder[] }) {
  const { t } = useI18n();
  const head = (
    <>
      <th scope="col">{t("work-order-column-number")}</th>
      <WorkOrderColumnHeads />
    </>
  );
  return (
    <PageSection id="work-orders" rows={workOrders} head={head}>
      {(order) => (
        <tr key={order.id} data-testid="work-order-row">
          <th scope="row" className="numeric cell-strong">{order.number}</th>
          <WorkOrderCells order={order} />
        </tr>
      )}
    </PageSection>
  );
}
