import { createContext } from "react";
import { useProvidedContext } from "../app/providedContext";
import type { RestoreResult } from "../ipc/bindings";

/** The newest restore made from the customer list, for its banner (R2, R4). */
export type RestoreNotices = {
  restored: RestoreResult | null;
  /** A restore has just succeeded: show the banner. */
  show: (result: RestoreResult) => void;
  dismiss: () => void;
};

export const RestoreNoticeContext = createContext<RestoreNotices | null>(null);

export function useRestoreNotices(): RestoreNotices {
  return useProvidedContext(RestoreNoticeContext, "useRestoreNotices must be used inside a RestoreNoticeProvider");
}
