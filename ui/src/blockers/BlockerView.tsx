import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { ConversationList } from "../conversations/ConversationList";
import { useCustomerDetailQuery } from "../customers/customerQueries";
import { SkeletonLines } from "../display/Skeleton";
import { useI18n } from "../i18n/i18nContext";
import { InvoiceList } from "../invoices/InvoiceList";
import type { BlockerKind, ListFilter } from "../ipc/bindings";
import { returnToCustomer } from "../ipc/commands";
import { ErrorAlert } from "../ipc/ErrorAlert";
import { QueryError } from "../ipc/QueryError";
import { useListRows } from "../lists/listQueries";
import { OpenOnlyToggle } from "../lists/OpenOnlyToggle";
import { WorkOrderList } from "../workOrders/WorkOrderList";
import type { BlockerRoute } from "./blockerRoute";

const TITLE: Record<BlockerKind, string> = {
  work_orders: "blocker-title-work-orders",
  invoices: "blocker-title-invoices",
  conversations: "blocker-title-conversations",
};

/** How many rows of this kind still block the delete, or undefined while unknown. */
function useRemaining(kind: BlockerKind, customerId: string): number | undefined {
  return useListRows(kind, { customerId, onlyOpen: true }).data?.length;
}

/** One customer's blocking rows with their actions, under the sticky "finish resolving" banner. */
export function BlockerView({ route }: { route: BlockerRoute }) {
  const { t, locale } = useI18n();
  const { kind, customerId } = route;
  const detail = useCustomerDetailQuery(customerId);
  const name = detail.data?.customer.name;
  const [onlyOpen, setOnlyOpen] = useState(true);
  const remaining = useRemaining(kind, customerId);
  const back = useMutation({ mutationFn: () => returnToCustomer(customerId) });
  const title = name ? t(TITLE[kind], { customer: name }) : t("app-title");

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = title;
  }, [locale, title]);

  const filter: ListFilter = { customerId, onlyOpen };
  return (
    <div className="blocker-window">
      <div className="blocker-banner" data-testid="blocker-banner" role="region" aria-label={t("blocker-banner-label")}>
        <div className="blocker-banner__text">
          {name ? (
            <p className="blocker-banner__message">{t("blocker-banner", { customer: name })}</p>
          ) : (
            <SkeletonLines lines={1} />
          )}
          <div role="status">
            {remaining === 0 && (
              <p className="blocker-banner__resolved" data-testid="all-resolved">
                {t("blocker-all-resolved")}
              </p>
            )}
            {remaining !== undefined && remaining > 0 && (
              <p className="blocker-banner__remaining" data-testid="blocker-remaining">
                {t("blocker-remaining", { count: remaining })}
              </p>
            )}
          </div>
          <ErrorAlert error={back.error} testId="return-error" />
        </div>
        <button
          type="button"
          className={remaining === 0 ? "button button--primary" : "button button--secondary"}
          data-testid="return-to-customer"
          disabled={back.isPending}
          onClick={() => back.mutate()}
        >
          {t("blocker-return")}
        </button>
      </div>
      <main className="blocker-window__main">
        {detail.isError && <QueryError error={detail.error} onRetry={() => void detail.refetch()} />}
        <div className="section-screen__head">
          <h1 className="screen-heading">{title}</h1>
          <OpenOnlyToggle
            onlyOpen={onlyOpen}
            onChange={setOnlyOpen}
            openLabel={t("blocker-filter-to-resolve")}
            allLabel={t("blocker-filter-all")}
          />
        </div>
        {kind === "work_orders" && <WorkOrderList filter={filter} showCustomer={false} />}
        {kind === "invoices" && <InvoiceList filter={filter} showCustomer={false} />}
        {kind === "conversations" && <ConversationList filter={filter} showCustomer={false} />}
      </main>
    </div>
  );
}
