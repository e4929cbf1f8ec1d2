import { useCallback, useMemo, useState, type ReactNode } from "react";
import type { RestoreResult } from "../ipc/bindings";
import { RestoreNoticeContext, type RestoreNotices } from "./restoreNotice";

/** Holds the newest restore for the customer list's banner. */
export function RestoreNoticeProvider({ children }: { children: ReactNode }) {
  const [restored, setRestored] = useState<RestoreResult | null>(null);
  const show = useCallback((result: RestoreResult) => setRestored(result), []);
  const dismiss = useCallback(() => setRestored(null), []);
  const value = useMemo<RestoreNotices>(() => ({ restored, show, dismiss }), [restored, show, dismiss]);
  return <RestoreNoticeContext.Provider value={value}>{children}</RestoreNoticeContext.Provider>;
}
