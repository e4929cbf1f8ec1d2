import { useEffect, useId, useRef, type ComponentProps } from "react";

type InputProps = Omit<ComponentProps<"input">, "id" | "ref" | "aria-invalid" | "aria-describedby">;

/**
 * A labelled one-line input with its hint and the error that invalidates it, read out at once;
 * the input describes itself by both. `focusOnMount` puts the cursor in it when it appears.
 */
export function TextField({
  label,
  hint,
  error,
  errorTestId,
  focusOnMount = false,
  ...input
}: InputProps & {
  label: string;
  /** Shown under the label (styled by lists.css, for the row action forms). */
  hint?: string | null;
  error: string | null;
  errorTestId: string;
  focusOnMount?: boolean;
}) {
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;

  useEffect(() => {
    if (focusOnMount) inputRef.current?.focus();
  }, [focusOnMount]);

  return (
    <div className={error ? "form-group form-group--error" : "form-group"}>
      <label className="form-label" htmlFor={inputId}>
        {label}
      </label>
      {hint && (
        <p className="action-form__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId} role="alert" data-testid={errorTestId}>
          {error}
        </p>
      )}
      <input
        ref={inputRef}
        id={inputId}
        type="text"
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
    </div>
  );
}
