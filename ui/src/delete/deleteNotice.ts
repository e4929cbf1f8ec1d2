import { createContext } from "react";
import { useProvidedContext } from "../app/providedContext";
import type { PendingUndo } from "../ipc/bindings";

/** `refused`: the central server did not allow the delete and the customer is back (S3). */
export type DeleteNoticePhase = "deleted" | "undoing" | "restored" | "failed" | "refused";

/** The newest delete of this session, as the toast and the list's banner show it (D11, U1). */
export type DeleteNotice = {
  batchId: string;
  customerId: string;
  customerName: string;
  /** Date.now() when Undo stops being offered: Rust's remainingMs counted from when it was read. */
  undoUntil: number;
  phase: DeleteNoticePhase;
  /** Rust's localised message when undo failed. */
  failure: string | null;
};

export type DeleteNotices = {
  notice: DeleteNotice | null;
  /** Whether Undo is still offered. Rust decides in the end (U3). */
  undoOffered: boolean;
  /** A delete has just succeeded: show the toast and the banner. */
  deleted: (undo: PendingUndo) => void;
  /** What Rust says is still undoable, read when the list mounts. */
  syncPending: (pending: PendingUndo | null) => void;
  undo: () => void;
  dismiss: () => void;
};

export const DeleteNoticeContext = createContext<DeleteNotices | null>(null);

export function useDeleteNotices(): DeleteNotices {
  return useProvidedContext(DeleteNoticeContext, "useDeleteNotices must be used inside a DeleteNoticeProvider");
}

/** The title and body message ids when the customer is back: by Undo, or because the server refused. */
export function backMessages(phase: DeleteNoticePhase): { title: string; body: string } | null {
  if (phase === "restored") return { title: "undo-restored-title", body: "undo-restored-body" };
  if (phase === "refused") return { title: "deleted-refused-title", body: "deleted-refused-body" };
  return null;
}
