import type { UseQueryResult } from "@tanstack/react-query";
import { LoadingLines } from "../display/Skeleton";
import { QueryError } from "./QueryError";

/** What stands in for a query's data: the loading bars, or the error with Try again; nothing once loaded. */
export function QueryFallback({ query, lines }: { query: UseQueryResult<unknown>; lines: number }) {
  if (query.isPending) return <LoadingLines lines={lines} />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  return null;
}
