import { useMutation, useQuery, useQueryClient, type Query } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { isDeskWideKey } from "../app/session";
import type { SyncStatus } from "../ipc/bindings";
import { markSyncProblemRead, syncProblems, syncStatus } from "../ipc/commands";

export const SYNC_STATUS_QUERY_KEY = ["sync", "status"] as const;
export const SYNC_PROBLEMS_QUERY_KEY = ["sync", "problems"] as const;
/** How often the desk asks Rust where the sync stands (S5). */
export const SYNC_POLL_MS = 2_000;

/** The sync status, polled every two seconds, signed in or not. */
export function useSyncStatus() {
  return useQuery({
    queryKey: SYNC_STATUS_QUERY_KEY,
    queryFn: syncStatus,
    refetchInterval: SYNC_POLL_MS,
    staleTime: 0,
  });
}

/** The signed-in user's problems (S3), newest first. */
export function useSyncProblems(enabled = true) {
  return useQuery({ queryKey: SYNC_PROBLEMS_QUERY_KEY, queryFn: syncProblems, enabled });
}

export function useMarkSyncProblemRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (problemId: string) => markSyncProblemRead(problemId),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: SYNC_PROBLEMS_QUERY_KEY }),
        queryClient.invalidateQueries({ queryKey: SYNC_STATUS_QUERY_KEY }),
      ]);
    },
  });
}

function startsWith(query: Query, key: readonly unknown[]): boolean {
  return key.every((part, index) => query.queryKey[index] === part);
}

/** What changes when the desk has pulled (or finished downloading): the moment to re-read the cache. */
function pullMark(status: SyncStatus): string {
  return `${status.lastSync ?? ""}|${status.download ? "downloading" : "ready"}`;
}

/**
 * S4: when a sync completes (lastSync moves, or the initial download ends), re-read everything
 * shown from the local cache so pulled changes appear. The session and the status itself are left
 * alone: the status polls anyway, and invalidating it here would loop.
 * Mount once per window.
 */
export function useRefreshOnSync() {
  const queryClient = useQueryClient();
  const status = useSyncStatus();
  const previousMark = useRef<string | null>(null);
  const previousUnread = useRef<number | null>(null);
  const data = status.data;

  useEffect(() => {
    if (!data) return;
    const mark = pullMark(data);
    const pulled = previousMark.current !== null && previousMark.current !== mark;
    // A refused change is undone on this desk (S3): the rows it touched change too.
    const refused = previousUnread.current !== null && data.unreadProblems > previousUnread.current;
    if (pulled || refused) {
      void queryClient.invalidateQueries({
        predicate: (query) => !isDeskWideKey(query.queryKey) && !startsWith(query, SYNC_STATUS_QUERY_KEY),
      });
    } else if (previousUnread.current !== null && data.unreadProblems !== previousUnread.current) {
      void queryClient.invalidateQueries({ queryKey: SYNC_PROBLEMS_QUERY_KEY });
    }
    previousMark.current = mark;
    previousUnread.current = data.unreadProblems;
  }, [data, queryClient]);
}
