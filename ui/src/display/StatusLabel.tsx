import { useI18n } from "../i18n/i18nContext";
import "./statusLabel.css";

export type StatusTone = "neutral" | "info" | "progress" | "warning" | "success" | "danger";

/** A coloured label that always carries its text: colour is never the only signal. */
export function StatusLabel({ tone, children }: { tone: StatusTone; children: string }) {
  return (
    <span className={`status-label status-label--${tone}`}>
      <span className="status-label__dot" aria-hidden="true" />
      {children}
    </span>
  );
}

/**
 * A status the Rust side sends, in its words and colour from the two maps (customers/page/statusLabels);
 * `tone` overrides the colour (an unpaid invoice is a warning).
 */
export function StatusOf<S extends string>({
  status,
  labels,
  tones,
  tone,
}: {
  status: S;
  labels: Record<S, string>;
  tones: Record<S, StatusTone>;
  tone?: StatusTone;
}) {
  const { t } = useI18n();
  return <StatusLabel tone={tone ?? tones[status]}>{t(labels[status])}</StatusLabel>;
}
