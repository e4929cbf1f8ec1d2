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
