import { createContext, useContext } from "react";
import type { Permission, SessionInfo } from "../ipc/bindings";

export const SignedInSessionContext = createContext<SessionInfo | null>(null);

/** The session of the signed-in user; only valid inside the signed-in frame. */
export function useSignedInSession(): SessionInfo {
  const session = useContext(SignedInSessionContext);
  if (!session) throw new Error("useSignedInSession must be used while signed in");
  return session;
}

/** Whether the session holds a permission. A courtesy for showing controls: Rust enforces it. */
export function hasPermission(session: SessionInfo, permission: Permission): boolean {
  return session.permissions.includes(permission);
}
