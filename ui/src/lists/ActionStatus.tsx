/** A polite live region that says an action went through. */
export function ActionStatus({ text }: { text: string }) {
  return (
    <p className="visually-hidden" role="status" data-testid="action-status">
      {text}
    </p>
  );
}
