import { useQuery } from "@tanstack/react-query";
import { startupState } from "../ipc/commands";

export const STARTUP_QUERY_KEY = ["startup"] as const;

/**
 * What Rust decided while starting: the language before sign-in, and whether the desk opened.
 * It never changes while the app runs, and belongs to no user: signing in keeps it (see
 * `isDeskWideKey` in app/session.ts).
 */
export function useStartupState() {
  return useQuery({
    queryKey: STARTUP_QUERY_KEY,
    queryFn: startupState,
    staleTime: Infinity,
  });
}
