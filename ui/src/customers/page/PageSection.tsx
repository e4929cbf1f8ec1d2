import type { ReactNode } from "react";

/** A titled section of the customer page, with its empty state. */
export function PageSection({
  id,
  testId,
  title,
  summary,
  emptyText,
  isEmpty,
  children,
}: {
  id: string;
  testId: string;
  title: string;
  summary?: string;
  emptyText: string;
  isEmpty: boolean;
  children: ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <section className="page-section" data-testid={testId} aria-labelledby={headingId}>
      <h2 id={headingId} className="page-section__title">
        {title}
        {summary && <span className="page-section__summary">{summary}</span>}
      </h2>
      {isEmpty ? <p className="page-section__empty">{emptyText}</p> : children}
    </section>
  );
}
