import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { SkeletonLines } from "../display/Skeleton";
import { WideDialog } from "../display/WideDialog";
import { useI18n } from "../i18n/i18nContext";
import type { DuplicateSide, DuplicateSuggestion } from "../ipc/bindings";
import { dismissDuplicate, duplicateSuggestions } from "../ipc/commands";
import { ErrorAlert } from "../ipc/ErrorAlert";
import { QueryError } from "../ipc/QueryError";
import "../delete/deleteDialog.css";
import "./merge.css";

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onReview: (ids: string[]) => void;
};

/** DS1–DS5: likely duplicate pairs, why, each side's history; review and merge, or dismiss. */
export function DuplicatesDialog({ open, onOpenChange, onReview }: Props) {
  const { t } = useI18n();
  return (
    <WideDialog open={open} onOpenChange={onOpenChange} testId="duplicates-dialog" title={t("duplicates-title")}>
      <Suggestions onReview={onReview} />
    </WideDialog>
  );
}

function Suggestions({ onReview }: { onReview: (ids: string[]) => void }) {
  const { t } = useI18n();
  const suggestions = useQuery({ queryKey: ["duplicates"], queryFn: duplicateSuggestions, staleTime: 0 });
  if (suggestions.isError) return <QueryError error={suggestions.error} onRetry={() => void suggestions.refetch()} />;
  if (!suggestions.data) return <SkeletonLines lines={6} className="dialog__skeleton" />;
  if (suggestions.data.length === 0) return <p className="dialog__text">{t("duplicates-none")}</p>;
  return (
    <ul className="duplicates" data-testid="duplicates">
      {suggestions.data.map((s) => (
        <Pair key={`${s.a.id}|${s.b.id}`} suggestion={s} onReview={onReview} />
      ))}
    </ul>
  );
}

function Pair({ suggestion, onReview }: { suggestion: DuplicateSuggestion; onReview: (ids: string[]) => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const dismiss = useMutation({
    mutationFn: () => dismissDuplicate(suggestion.a.id, suggestion.b.id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["duplicates"] }),
  });
  return (
    <li className="duplicate" data-testid="duplicate">
      <div className="duplicate__sides">
        <Side side={suggestion.a} />
        <Side side={suggestion.b} />
      </div>
      <ul className="duplicate__why" aria-label={t("duplicates-why")}>
        {suggestion.why.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <ErrorAlert error={dismiss.error} />
      <div className="duplicate__actions">
        <button type="button" className="button button--secondary" data-testid="duplicate-dismiss" onClick={() => dismiss.mutate()}>
          {t("duplicates-dismiss")}
        </button>
        <button
          type="button"
          className="button button--primary"
          data-testid="duplicate-review"
          onClick={() => onReview([suggestion.a.id, suggestion.b.id])}
        >
          {t("duplicates-review")}
        </button>
      </div>
    </li>
  );
}

function Side({ side }: { side: DuplicateSide }) {
  const { t } = useI18n();
  return (
    <div className="duplicate__side">
      <strong>{side.name}</strong>
      <span className="muted">{[side.phone, side.postcode].filter(Boolean).join(" · ")}</span>
      <span className="merge-history">
        {t("merge-history", {
          vehicles: side.history.vehicles,
          workOrders: side.history.workOrders,
          invoices: side.history.invoices,
        })}
      </span>
    </div>
  );
}
