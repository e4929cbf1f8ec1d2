import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { SmallPlates } from "../display/Plate";
import { SkeletonLines } from "../display/Skeleton";
import { useI18n } from "../i18n/i18nContext";
import type { MergeField, MergeRecord, MergeResult, MergeReview, ContactDetails } from "../ipc/bindings";
import { mergeCustomers, mergeReview } from "../ipc/commands";
import { ErrorAlert } from "../ipc/ErrorAlert";
import { QueryError } from "../ipc/QueryError";

const FIELD_KEYS: Record<MergeField, keyof ContactDetails> = {
  name: "name",
  phone: "phone",
  email: "email",
  address_line: "addressLine",
  town: "town",
  postcode: "postcode",
};

/** Each field's label message. */
const FIELD_LABEL: Record<MergeField, string> = {
  name: "merge-field-name",
  phone: "merge-field-phone",
  email: "merge-field-email",
  address_line: "merge-field-address-line",
  town: "merge-field-town",
  postcode: "merge-field-postcode",
};

function valueOf(record: MergeRecord, field: MergeField): string | null {
  return record.values[FIELD_KEYS[field]];
}

/** M2–M5, M9: Rust's review, the user's pick for each differing field, and the typed token. */
export function MergeReviewStep({ customerIds, onMerged }: { customerIds: string[]; onMerged: (r: MergeResult) => void }) {
  const review = useQuery({
    queryKey: ["merge", "review", ...customerIds],
    queryFn: () => mergeReview(customerIds),
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
  if (review.isError) return <QueryError error={review.error} onRetry={() => void review.refetch()} />;
  if (!review.data) return <SkeletonLines lines={6} className="dialog__skeleton" />;
  return <Review review={review.data} onMerged={onMerged} />;
}

function Review({ review, onMerged }: { review: MergeReview; onMerged: (r: MergeResult) => void }) {
  const { t } = useI18n();
  const [survivorId, setSurvivorId] = useState(review.survivorId);
  const [picks, setPicks] = useState<Record<string, string>>(() =>
    Object.fromEntries(review.fields.map((f) => [f.field, f.preselectedFrom])),
  );
  const [typed, setTyped] = useState("");
  const merge = useMutation({
    mutationFn: () => {
      const values = {} as ContactDetails;
      for (const f of review.fields) {
        const from = review.records.find((r) => r.id === picks[f.field]);
        (values as Record<string, string | null>)[FIELD_KEYS[f.field]] = from ? valueOf(from, f.field) : null;
      }
      const others = review.records.map((r) => r.id).filter((id) => id !== survivorId);
      return mergeCustomers(survivorId, others, values, typed);
    },
    onSuccess: onMerged,
  });
  const differing = review.fields.filter((f) => !f.agree);
  const agreeing = review.fields.filter((f) => f.agree);
  const columns = { gridTemplateColumns: `9rem repeat(${review.records.length}, minmax(0, 1fr))` };

  return (
    <div className="merge-review" data-testid="merge-review">
      <div className="merge-grid" style={columns} role="group" aria-label={t("merge-keep-label")}>
        <span />
        {review.records.map((r) => (
          <label key={r.id} className="merge-grid__record" data-testid="merge-record">
            <input
              type="radio"
              name="survivor"
              checked={survivorId === r.id}
              onChange={() => setSurvivorId(r.id)}
              data-testid="merge-survivor"
            />
            <span>
              <strong>{t("merge-keep-record")}</strong>
              {r.id === review.survivorId && <span className="merge-badge">{t("merge-most-history")}</span>}
              <span className="merge-history">
                {t("merge-history", {
                  vehicles: r.history.vehicles,
                  workOrders: r.history.workOrders,
                  invoices: r.history.invoices,
                })}
              </span>
              <SmallPlates plates={r.plates} className="merge-plates" />
            </span>
          </label>
        ))}
        {differing.map((f) => (
          <FieldRow key={f.field} field={f.field} records={review.records} picked={picks[f.field] ?? ""}
            onPick={(id) => setPicks({ ...picks, [f.field]: id })} />
        ))}
      </div>
      {agreeing.length > 0 && (
        <details className="merge-agreeing" data-testid="merge-agreeing">
          <summary>{t("merge-agreeing", { count: agreeing.length })}</summary>
          <dl>
            {agreeing.map((f) => (
              <div key={f.field} className="merge-agreeing__row">
                <dt>{t(FIELD_LABEL[f.field])}</dt>
                <dd>{(review.records[0] && valueOf(review.records[0], f.field)) ?? t("merge-empty")}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      {review.notes.length > 0 && (
        <ul className="merge-notes" data-testid="merge-notes">
          {review.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <p className="dialog__text" data-testid="merge-impact">
        {review.impact}
      </p>
      <label className="form-label" htmlFor="merge-token">
        {t("merge-token-label", { token: review.token })}
      </label>
      <input
        id="merge-token"
        className="text-input dialog__token-input"
        data-testid="merge-token"
        autoComplete="off"
        spellCheck={false}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
      />
      <ErrorAlert error={merge.error} testId="merge-error" />
      <div className="dialog__buttons">
        <button
          type="button"
          className="button button--danger"
          data-testid="merge-confirm"
          disabled={typed.trim() !== review.token || merge.isPending}
          onClick={() => merge.mutate()}
        >
          {t("merge-confirm-button")}
        </button>
      </div>
    </div>
  );
}

type FieldRowProps = { field: MergeField; records: MergeRecord[]; picked: string; onPick: (id: string) => void };

function FieldRow({ field, records, picked, onPick }: FieldRowProps) {
  const { t } = useI18n();
  return (
    <>
      <span className="merge-grid__field">{t(FIELD_LABEL[field])}</span>
      {records.map((r) => (
        <label key={r.id} className="merge-grid__value" data-testid={`merge-value-${field}`}>
          <input type="radio" name={`field-${field}`} checked={picked === r.id} onChange={() => onPick(r.id)} />
          <span>{valueOf(r, field) ?? <span className="muted">{t("merge-empty")}</span>}</span>
        </label>
      ))}
    </>
  );
}
