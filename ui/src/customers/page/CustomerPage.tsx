import { useEffect, useRef } from "react";
import { useNavigation } from "../../app/navigation";
import { DeleteCustomerButton } from "../../delete/DeleteCustomerButton";
import { SkeletonLines } from "../../display/Skeleton";
import { useI18n } from "../../i18n/i18nContext";
import { QueryError } from "../../ipc/QueryError";
import { useCustomerDetailQuery } from "../customerQueries";
import { ConsentSection } from "./ConsentSection";
import { ConversationsSection } from "./ConversationsSection";
import { CustomerHeader } from "./CustomerHeader";
import { InvoicesSection } from "./InvoicesSection";
import { useBackKeys } from "./useBackKeys";
import { VehiclesSection } from "./VehiclesSection";
import { WorkOrdersSection } from "./WorkOrdersSection";
import "./customerPage.css";
import "../../merge/merge.css";

export function CustomerPage({ customerId }: { customerId: string }) {
  const { t, format } = useI18n();
  const { showCustomerList } = useNavigation();
  const detail = useCustomerDetailQuery(customerId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const loaded = detail.data !== undefined;

  useBackKeys(showCustomerList);

  // Move focus to the name once it is there, so the page is announced and Escape works.
  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [loaded]);

  return (
    <article className="customer-page" data-testid="customer-page" aria-busy={detail.isPending}>
      <button
        type="button"
        className="link-button back-link"
        data-testid="back-to-list"
        aria-keyshortcuts="Escape Alt+ArrowLeft"
        onClick={showCustomerList}
      >
        <span aria-hidden="true">←</span> {t("customer-back-to-list")}
      </button>

      {detail.isPending && (
        <div className="customer-page__skeleton">
          <span className="visually-hidden" role="status">
            {t("loading")}
          </span>
          <SkeletonLines lines={2} className="customer-page__skeleton-header" />
          <SkeletonLines lines={8} />
        </div>
      )}

      {detail.isError && <QueryError error={detail.error} onRetry={() => void detail.refetch()} />}

      {detail.data && (
        <>
          {detail.data.mergedFrom && (
            <p className="customer-merged-from" role="status" data-testid="merged-from">
              {t("customer-merged-from")}
            </p>
          )}
          <CustomerHeader
            ref={headingRef}
            customer={detail.data.customer}
            actions={<DeleteCustomerButton customer={detail.data.customer} />}
          />
          {detail.data.customer.deletedAt && (
            <div className="deleted-notice" role="note" data-testid="deleted-notice">
              <strong className="deleted-notice__title">
                {t("customer-deleted-notice-title", { date: format.date(detail.data.customer.deletedAt) })}
              </strong>
              <span>{t("customer-deleted-notice-body")}</span>
            </div>
          )}
          <div className="customer-page__sections">
            <VehiclesSection vehicles={detail.data.vehicles} />
            <WorkOrdersSection workOrders={detail.data.workOrders} />
            <InvoicesSection invoices={detail.data.invoices} customerName={detail.data.customer.name} />
            <ConversationsSection conversations={detail.data.conversations} />
            <ConsentSection events={detail.data.consentEvents} />
          </div>
        </>
      )}
    </article>
  );
}
