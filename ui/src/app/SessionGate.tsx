import type { ReactNode } from "react";
import type { Locale, SessionInfo } from "../ipc/bindings";
import { AppStarting } from "../startup/AppStarting";
import { useRefreshOnSync } from "../sync/syncQueries";
import { useSessionQuery } from "./session";
import { StartError } from "./StartError";

/**
 * A window's content by the desk's session: starting, the error reading it (in `errorLocale`)
 * with Try again, `signedOut`, or `children` for the signed-in session. Rows another desk
 * changed are refreshed once pulled (S4).
 */
export function SessionGate({
  errorLocale,
  signedOut,
  children,
}: {
  errorLocale: Locale;
  signedOut: ReactNode;
  children: (session: SessionInfo) => ReactNode;
}) {
  const session = useSessionQuery();
  useRefreshOnSync();

  if (session.isPending) {
    return <AppStarting />;
  }
  if (session.isError) {
    return <StartError locale={errorLocale} error={session.error} onRetry={() => void session.refetch()} />;
  }
  if (session.data === null) {
    return signedOut;
  }
  return children(session.data);
}
