import { SkeletonLines } from "../display/Skeleton";
import { useI18n } from "../i18n/i18nContext";
import { QueryError } from "../ipc/QueryError";
import { CustomerPager } from "./CustomerPager";
import { CustomerTable } from "./CustomerTable";
import { useCustomerSearch } from "./customerSearchContext";

export function CustomerResults() {
  const { t } = useI18n();
  const { results, filter, text, shownFor } = useCustomerSearch();

  if (results.isPending) {
    return (
      <div className="customer-results" aria-busy="true">
        <span className="visually-hidden" role="status">
          {t("loading")}
        </span>
        <SkeletonLines lines={10} className="customer-results__skeleton" />
      </div>
    );
  }
  if (results.isError && !results.data) {
    return <QueryError error={results.error} onRetry={() => void results.refetch()} />;
  }
  const page = results.data;
  const searched = text.trim() !== "";

  return (
    <div
      className="customer-results"
      data-testid="customer-list"
      data-shown-for={shownFor}
      aria-busy={results.isFetching}
    >
      <p className="visually-hidden" role="status">
        {t(page.totalCapped ? "customer-list-found-capped" : "customer-list-found", { total: page.total })}
      </p>
      {results.isError && <QueryError error={results.error} onRetry={() => void results.refetch()} />}
      {page.total === 0 ? (
        <div className="empty-state" data-testid="customer-list-empty">
          <p className="empty-state__title">
            {searched
              ? t("customer-list-empty-search-title", { text: text.trim() })
              : filter === "deleted"
                ? t("customer-list-empty-deleted-title")
                : t("customer-list-empty-title")}
          </p>
          <p className="empty-state__hint">
            {searched
              ? t("customer-list-empty-search-hint")
              : filter === "deleted"
                ? t("customer-list-empty-deleted-hint")
                : t("customer-list-empty-hint")}
          </p>
        </div>
      ) : (
        <>
          <CustomerTable rows={page.rows} filter={filter} />
          <CustomerPager
            total={page.total}
            totalCapped={page.totalCapped}
            page={page.page} pageSize={page.pageSize} shown={page.rows.length} />
        </>
      )}
    </div>
  );
}
