import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { SkeletonLines } from "../display/Skeleton";
import { useI18n } from "../i18n/i18nContext";
import { QueryError } from "../ipc/QueryError";

/** Skeleton while loading, the error with Try again, an empty state, or the rows. */
export function ListState<Row>({
  query,
  emptyTitle,
  emptyHint,
  children,
}: {
  query: UseQueryResult<Row[]>;
  emptyTitle: string;
  emptyHint: string;
  children: (rows: Row[]) => ReactNode;
}) {
  const { t } = useI18n();
  if (query.isPending) {
    return (
      <div aria-busy="true">
        <span className="visually-hidden" role="status">
          {t("loading")}
        </span>
        <SkeletonLines lines={6} />
      </div>
    );
  }
  if (query.isError && !query.data) {
    return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  }
  const rows = query.data;
  if (rows.length === 0) {
    return (
      <div className="empty-state" data-testid="list-empty">
        <p className="empty-state__title">{emptyTitle}</p>
        <p className="empty-state__hint">{emptyHint}</p>
      </div>
    );
  }
  return (
    <>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {children(rows)}
    </>
  );
}
