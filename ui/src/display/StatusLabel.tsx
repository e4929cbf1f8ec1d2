import { useI18n } from "../i18n/i18nContext";
import "./statusLabel.css";

export type StatusTone = "neutral" | "info" | "progress" | "warning" | "success" | "danger";

/** How one status the Rust side sends is shown: its message id and its colour. */
export type StatusLook = { label: string; tone: StatusTone };

/** A coloured label that always carries its text: colour is never the only signal. */
export function StatusLabel({ tone, children }: { tone: StatusTone; children: string }) {
  return (
    <span className={`status-label status-label--${tone}`}>
      <span className="status-label__dot" aria-hidden="true" />
      {children}
    </span>
  );
}

/** A status in its words and colour; `tone` overrides the colour (an unpaid invoice is a warning). */
export function StatusOf({ look, tone }: { look: StatusLook; tone?: StatusTone }) {
  const { t } = useI18n();
  return <StatusLabel tone={tone ?? look.tone}>{t(look.label)}</StatusLabel>;
}
