import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { SmallPlates } from "../display/Plate";
import { useI18n } from "../i18n/i18nContext";
import type { CustomerListRow } from "../ipc/bindings";
import { searchCustomers } from "../ipc/commands";

export const MAX_PICKED = 5;

type Props = {
  picked: CustomerListRow[];
  onPickedChange: (picked: CustomerListRow[]) => void;
  onReview: () => void;
};

/** M1: pick 2–5 customers, found by name, phone, email, postcode or plate (the list's search). */
export function MergePicker({ picked, onPickedChange, onReview }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState("");
  const results = useQuery({
    queryKey: ["merge", "pick", text],
    queryFn: () => searchCustomers({ text, filter: "active", page: 0, pageSize: 8 }),
    enabled: text.trim().length > 0,
  });
  const isPicked = (id: string) => picked.some((p) => p.id === id);
  const toggle = (row: CustomerListRow) =>
    onPickedChange(isPicked(row.id) ? picked.filter((p) => p.id !== row.id) : [...picked, row]);

  return (
    <div className="merge-picker" data-testid="merge-picker">
      <label className="form-label" htmlFor="merge-search">
        {t("merge-search-label")}
      </label>
      <input
        id="merge-search"
        className="text-input"
        data-testid="merge-search"
        type="search"
        autoComplete="off"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <ul className="merge-picker__results" aria-label={t("merge-results-label")}>
        {(results.data?.rows ?? []).map((row) => (
          <li key={row.id}>
            <label className="merge-picker__row">
              <input
                type="checkbox"
                data-testid="merge-pick"
                checked={isPicked(row.id)}
                disabled={!isPicked(row.id) && picked.length >= MAX_PICKED}
                onChange={() => toggle(row)}
              />
              <span className="merge-picker__name">{row.name}</span>
              <span className="muted">{[row.phone, row.postcode].filter(Boolean).join(" · ")}</span>
              <SmallPlates plates={row.plates} />
            </label>
          </li>
        ))}
      </ul>
      <p className="merge-picker__picked" data-testid="merge-picked" aria-live="polite">
        {t("merge-picked", { count: picked.length, names: picked.map((p) => p.name).join(", ") })}
      </p>
      <div className="dialog__buttons">
        <button
          type="button"
          className="button button--primary"
          data-testid="merge-to-review"
          disabled={picked.length < 2 || picked.length > MAX_PICKED}
          onClick={onReview}
        >
          {t("merge-review-button")}
        </button>
      </div>
    </div>
  );
}
