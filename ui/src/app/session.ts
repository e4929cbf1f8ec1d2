import { useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { Locale, SessionInfo } from "../ipc/bindings";
import { currentSession, setMyLocale, signIn, signOut } from "../ipc/commands";
import { STARTUP_QUERY_KEY } from "../startup/startupQueries";

export const SESSION_QUERY_KEY = ["session"] as const;

/** Queries about the desk, not its user: the session itself and how the start went. */
export function isDeskWideKey(key: readonly unknown[]): boolean {
  return key[0] === SESSION_QUERY_KEY[0] || key[0] === STARTUP_QUERY_KEY[0];
}

/** Everything else cached belonged to the previous user: drop it, then store the new session. */
function replaceSession(queryClient: QueryClient, session: SessionInfo | null) {
  queryClient.removeQueries({ predicate: (query) => !isDeskWideKey(query.queryKey) });
  queryClient.setQueryData(SESSION_QUERY_KEY, session);
}

export function useSessionQuery() {
  return useQuery({ queryKey: SESSION_QUERY_KEY, queryFn: currentSession, staleTime: Infinity });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ staffId, pin }: { staffId: string; pin: string }) => signIn(staffId, pin),
    onSuccess: (session) => replaceSession(queryClient, session),
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => replaceSession(queryClient, null),
  });
}

export function useSetMyLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (locale: Locale) => setMyLocale(locale),
    onSuccess: async (session) => {
      queryClient.setQueryData(SESSION_QUERY_KEY, session);
      await queryClient.invalidateQueries({ predicate: (query) => !isDeskWideKey(query.queryKey) });
    },
  });
}
