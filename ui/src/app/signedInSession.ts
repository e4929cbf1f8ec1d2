import { createContext } from "react";
import { useProvidedContext } from "./providedContext";
import type { Permission, SessionInfo } from "../ipc/bindings";

export const SignedInSessionContext = createContext<SessionInfo | null>(null);

/** The session of the signed-in user; only valid inside the signed-in frame. */
export function useSignedInSession(): SessionInfo {
  return useProvidedContext(SignedInSessionContext, "useSignedInSession must be used while signed in");
}

/** Whether the session holds a permission. A courtesy for showing controls: Rust enforces it. */
export function hasPermission(session: SessionInfo, permission: Permission): boolean {
  return session.permissions.includes(permission);
}
