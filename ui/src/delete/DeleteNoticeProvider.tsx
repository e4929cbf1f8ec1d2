import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { useI18n } from "../i18n/i18nContext";
import type { PendingUndo } from "../ipc/bindings";
import { undoDelete } from "../ipc/commands";
import { errorText } from "../ipc/errorText";
import { DeletedToast } from "./DeletedToast";
import { DeleteNoticeContext, type DeleteNotice, type DeleteNotices } from "./deleteNotice";
import { useRefusedByServer } from "./refusedByServer";

function noticeFrom(undo: PendingUndo): DeleteNotice {
  return {
    batchId: undo.batchId,
    customerId: undo.customerId,
    customerName: undo.customerName,
    undoUntil: Date.now() + Math.max(undo.remainingMs, 0),
    phase: "deleted",
    failure: null,
  };
}

/** Holds the newest delete for the toast and the banner, and runs Undo for both (U1). */
export function DeleteNoticeProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<DeleteNotice | null>(null);
  const [toastOpen, setToastOpen] = useState(false);
  // The batch whose undo window has run out on our clock.
  const [expiredBatch, setExpiredBatch] = useState<string | null>(null);

  useEffect(() => {
    if (!notice || notice.phase !== "deleted") return undefined;
    const timer = window.setTimeout(
      () => setExpiredBatch(notice.batchId),
      Math.max(notice.undoUntil - Date.now(), 0),
    );
    return () => window.clearTimeout(timer);
  }, [notice]);

  const undoMutation = useMutation({
    mutationFn: (batchId: string) => undoDelete(batchId),
    onMutate: (batchId) =>
      setNotice((current) => (current?.batchId === batchId ? { ...current, phase: "undoing", failure: null } : current)),
    onSuccess: async (result, batchId) => {
      setNotice((current) =>
        current?.batchId === batchId
          ? { ...current, customerName: result.customerName, phase: "restored", failure: null }
          : current,
      );
      await queryClient.invalidateQueries({ queryKey: ["customers"] });
      await queryClient.invalidateQueries({ queryKey: ["lists"] });
    },
    onError: (error, batchId) =>
      setNotice((current) =>
        current?.batchId === batchId ? { ...current, phase: "failed", failure: errorText(error, t) } : current,
      ),
  });
  const { mutate: runUndo } = undoMutation;

  const deleted = useCallback((undo: PendingUndo) => {
    setNotice(noticeFrom(undo));
    setToastOpen(true);
  }, []);

  const syncPending = useCallback((pending: PendingUndo | null) => {
    setNotice((current) => {
      if (pending === null) {
        // Rust offers no undo any more: stop offering it here too.
        return current && current.phase === "deleted" && current.undoUntil > Date.now()
          ? { ...current, undoUntil: Date.now() }
          : current;
      }
      if (!current || current.batchId !== pending.batchId) return noticeFrom(pending);
      return current.phase === "deleted" ? { ...current, undoUntil: Date.now() + Math.max(pending.remainingMs, 0) } : current;
    });
  }, []);

  const refused = useCallback((batchId: string) => {
    setNotice((current) =>
      current?.batchId === batchId && current.phase === "deleted" ? { ...current, phase: "refused" } : current,
    );
  }, []);
  useRefusedByServer(notice, refused);

  const undo = useCallback(() => {
    if (notice && (notice.phase === "deleted" || notice.phase === "failed")) runUndo(notice.batchId);
  }, [notice, runUndo]);

  const dismiss = useCallback(() => {
    setNotice(null);
    setToastOpen(false);
  }, []);

  const undoOffered = notice !== null && notice.phase === "deleted" && expiredBatch !== notice.batchId;

  const value = useMemo<DeleteNotices>(
    () => ({ notice, undoOffered, deleted, syncPending, undo, dismiss }),
    [notice, undoOffered, deleted, syncPending, undo, dismiss],
  );

  return (
    <DeleteNoticeContext.Provider value={value}>
      {children}
      <DeletedToast open={toastOpen} onOpenChange={setToastOpen} />
    </DeleteNoticeContext.Provider>
  );
}
