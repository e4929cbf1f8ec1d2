import type { QueryClient } from "@tanstack/react-query";
import { SESSION_QUERY_KEY } from "../app/session";
import { currentSession, listStaff, startupState } from "../ipc/commands";
import { STAFF_QUERY_KEY } from "../signin/SignInScreen";
import { STARTUP_QUERY_KEY } from "./startupQueries";

/**
 * Asks for everything the main window's first screen shows (how the start went, the session, the
 * staff to sign in as) at once, before React's first render, instead of one after another as each
 * screen mounts (issue 10: start-up). The screens read the same queries. If the desk did not
 * open, only the start-up state is ever read: the other two answers are errors nobody shows.
 */
export function prefetchFirstScreen(queryClient: QueryClient): void {
  void queryClient.prefetchQuery({ queryKey: STARTUP_QUERY_KEY, queryFn: startupState, staleTime: Infinity });
  void queryClient.prefetchQuery({ queryKey: SESSION_QUERY_KEY, queryFn: currentSession, staleTime: Infinity });
  void queryClient.prefetchQuery({ queryKey: STAFF_QUERY_KEY, queryFn: listStaff });
}
