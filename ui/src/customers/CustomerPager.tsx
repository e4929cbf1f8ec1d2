import { useI18n } from "../i18n/i18nContext";
import { useCustomerSearch } from "./customerSearchContext";

export function CustomerPager({
  total,
  totalCapped,
  page,
  pageSize,
  shown,
}: {
  total: number;
  /** More than `total` match (Rust stops counting at 1,000): page on while pages are full. */
  totalCapped: boolean;
  page: number;
  pageSize: number;
  shown: number;
}) {
  const { t } = useI18n();
  const { setPage } = useCustomerSearch();
  const from = page * pageSize + 1;
  const to = page * pageSize + shown;
  const lastPage = Math.max(Math.ceil(total / pageSize) - 1, 0);
  const hasNext = totalCapped ? shown === pageSize : page < lastPage;

  function goTo(nextPage: number) {
    setPage(nextPage);
    // Start the new page at its top, where its first rows are.
    document.getElementById("main-content")?.scrollTo?.({ top: 0 });
  }

  return (
    <nav className="pager" aria-label={t("pager-label")}>
      <p className="pager__count" data-testid="result-count">
        {t(totalCapped ? "customer-list-showing-capped" : "customer-list-showing", { from, to, total })}
      </p>
      <div className="pager__buttons">
        <button
          type="button"
          className="button button--secondary"
          data-testid="page-previous"
          disabled={page <= 0}
          onClick={() => goTo(page - 1)}
        >
          {t("pager-previous")}
        </button>
        <button
          type="button"
          className="button button--secondary"
          data-testid="page-next"
          disabled={!hasNext}
          onClick={() => goTo(page + 1)}
        >
          {t("pager-next")}
        </button>
      </div>
    </nav>
  );
}
