import { useId } from "react";
import { useI18n } from "../i18n/i18nContext";
import "./lists.css";

/** "Open only" or "All": two radio buttons styled as one segmented control. */
export function OpenOnlyToggle({
  onlyOpen,
  onChange,
  openLabel,
  allLabel,
}: {
  onlyOpen: boolean;
  onChange: (onlyOpen: boolean) => void;
  openLabel: string;
  allLabel: string;
}) {
  const { t } = useI18n();
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{t("list-filter-legend")}</legend>
      <label className="segmented__option">
        <input
          type="radio"
          name={name}
          data-testid="filter-open-only"
          checked={onlyOpen}
          onChange={() => onChange(true)}
        />
        <span>{openLabel}</span>
      </label>
      <label className="segmented__option">
        <input type="radio" name={name} data-testid="filter-all" checked={!onlyOpen} onChange={() => onChange(false)} />
        <span>{allLabel}</span>
      </label>
    </fieldset>
  );
}
