import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { startupState } from "../ipc/commands";

export const STARTUP_QUERY_KEY = ["startup"] as const;

/**
 * What Rust decided while starting: the language before sign-in, and whether the desk opened.
 * It never changes while the app runs. Signing in drops every cached query but the session, so
 * the last answer is kept on screen while it is asked for again, rather than starting over.
 */
export function useStartupState() {
  return useQuery({
    queryKey: STARTUP_QUERY_KEY,
    queryFn: startupState,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}
