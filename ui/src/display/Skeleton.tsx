import { useI18n } from "../i18n/i18nContext";
import "./skeleton.css";

/** Grey placeholder bars shown while content loads. */
export function SkeletonLines({ lines, className }: { lines: number; className?: string }) {
  return (
    <div className={className} aria-hidden="true">
      {Array.from({ length: lines }, (_, index) => (
        <div key={index} className="skeleton-bar" style={{ width: `${60 + ((index * 37) % 40)}%` }} />
      ))}
    </div>
  );
}

/** A busy region while something loads: the bars, and "Loading" for screen readers. */
export function LoadingLines({ lines }: { lines: number }) {
  const { t } = useI18n();
  return (
    <div aria-busy="true">
      <span className="visually-hidden" role="status">
        {t("loading")}
      </span>
      <SkeletonLines lines={lines} />
    </div>
  );
}
