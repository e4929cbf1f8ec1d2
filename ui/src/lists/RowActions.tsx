import type { ComponentProps, ReactNode } from "react";

/** A row's action buttons, and why the last action on this row failed. */
export function RowActions({ errorId, failure, children }: { errorId?: string; failure?: string; children: ReactNode }) {
  return (
    <div className="row-actions">
      {children}
      {failure && (
        <p className="field-error" id={errorId} role="alert" data-testid="action-error">
          {failure}
        </p>
      )}
    </div>
  );
}

/** One action on a row; screen readers hear which row it acts on. */
export function RowActionButton({
  label,
  rowName,
  ...button
}: { label: string; rowName: string } & Omit<ComponentProps<"button">, "type" | "className" | "children">) {
  return (
    <button type="button" className="button button--secondary button--small" {...button}>
      {label}
      <span className="visually-hidden"> {rowName}</span>
    </button>
  );
}
