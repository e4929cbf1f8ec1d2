import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { QueryError } from "../ipc/QueryError";
import { QueryFallback } from "../ipc/QueryFallback";

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
  const rows = query.data;
  if (!rows) return <QueryFallback query={query} lines={6} />;
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
