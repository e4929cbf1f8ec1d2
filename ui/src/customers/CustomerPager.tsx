import { useI18n } from "../i18n/i18nContext";
import { useCustomerSearch } from "./customerSearchContext";

export function CustomerPager({
  total,
  page,
  pageSize,
  shown,
}: {
  total: number;
  page: number;
  pageSize: number;
  shown: number;
}) {
  const { t } = useI18n();
  const { setPage } = useCustomerSearch();
  const from = page * pageSize + 1;
  const to = page * pageSize + shown;
  const lastPage = Math.max(Math.ceil(total / pageSize) - 1, 0);

  function goTo(nextPage: number) {
    setPage(nextPage);
    // Start the new page at its top, where its first rows are.
    document.getElementById("main-content")?.scrollTo?.({ top: 0 });
  }

  return (
    <nav className="pager" aria-label={t("pager-label")}>
      <p className="pager__count" data-testid="result-count">
        {t("customer-list-showing", { from, to, total })}
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
          disabled={page >= lastPage}
          onClick={() => goTo(page + 1)}
        >
          {t("pager-next")}
        </button>
      </div>
    </nav>
  );
}
