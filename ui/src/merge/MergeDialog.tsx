import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigation } from "../app/navigation";
import { WideDialog } from "../display/WideDialog";
import { useI18n } from "../i18n/i18nContext";
import type { CustomerListRow, MergeResult } from "../ipc/bindings";
import { undoMerge } from "../ipc/commands";
import { ErrorAlert } from "../ipc/ErrorAlert";
import { MergePicker } from "./MergePicker";
import { MergeReviewStep } from "./MergeReviewStep";
import "../delete/deleteDialog.css";
import "./merge.css";

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Opens at the review step with these customers (from a duplicate suggestion, DS5). */
  reviewIds?: string[];
};

/** Merge customers: pick (M1), review and confirm (M2–M5, M9), then the result with Undo (M7). */
export function MergeDialog({ open, onOpenChange, reviewIds }: Props) {
  const { t } = useI18n();
  return (
    <WideDialog
      open={open}
      onOpenChange={onOpenChange}
      testId="merge-dialog"
      title={t("merge-dialog-title")}
      closeTestId="merge-close"
    >
      <MergeSteps reviewIds={reviewIds} onClose={() => onOpenChange(false)} />
    </WideDialog>
  );
}

function MergeSteps({ reviewIds, onClose }: { reviewIds?: string[]; onClose: () => void }) {
  const [picked, setPicked] = useState<CustomerListRow[]>([]);
  const [reviewing, setReviewing] = useState<string[] | null>(reviewIds && reviewIds.length > 1 ? reviewIds : null);
  const [result, setResult] = useState<MergeResult | null>(null);
  const queryClient = useQueryClient();
  if (result) return <Merged result={result} onClose={onClose} />;
  if (reviewing) {
    return (
      <MergeReviewStep
        customerIds={reviewing}
        onMerged={(merged) => {
          void queryClient.invalidateQueries();
          setResult(merged);
        }}
      />
    );
  }
  return <MergePicker picked={picked} onPickedChange={setPicked} onReview={() => setReviewing(picked.map((p) => p.id))} />;
}

function Merged({ result, onClose }: { result: MergeResult; onClose: () => void }) {
  const { t } = useI18n();
  const { openCustomer } = useNavigation();
  const queryClient = useQueryClient();
  const undo = useMutation({
    mutationFn: () => undoMerge(result.undo?.batchId ?? ""),
    onSuccess: () => void queryClient.invalidateQueries(),
  });
  return (
    <div className="merge-done" data-testid="merge-done" role="status">
      <p className="dialog__text">
        {undo.isSuccess
          ? t("merge-undone", { name: result.survivorName })
          : t("merge-done", { count: result.merged, name: result.survivorName })}
      </p>
      <ErrorAlert error={undo.error} />
      <div className="dialog__buttons">
        {result.undo && !undo.isSuccess && (
          <button type="button" className="button button--secondary" data-testid="merge-undo" onClick={() => undo.mutate()}>
            {t("merge-undo-button")}
          </button>
        )}
        {!undo.isSuccess && (
          <button
            type="button"
            className="button button--primary"
            data-testid="merge-open-survivor"
            onClick={() => {
              onClose();
              openCustomer(result.survivorId);
            }}
          >
            {t("merge-open-survivor", { name: result.survivorName })}
          </button>
        )}
      </div>
    </div>
  );
}
