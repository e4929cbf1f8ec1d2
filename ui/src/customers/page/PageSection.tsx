import type { ReactNode } from "react";

/** A titled section of the customer page: a table of its rows, or its empty text. */
export function PageSection<Row>({
  id,
  title,
  summary,
  emptyText,
  rows,
  head,
  children,
}: {
  /** Names the section: `${id}-section` is its test id, `${id}-heading` its heading's id. */
  id: string;
  title: string;
  summary?: string;
  emptyText: string;
  rows: Row[];
  /** The column headings. */
  head: ReactNode;
  /** One table row. */
  children: (row: Row) => ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <section className="page-section" data-testid={`${id}-section`} aria-labelledby={headingId}>
      <h2 id={headingId} className="page-section__title">
        {title}
        {summary && <span className="page-section__summary">{summary}</span>}
      </h2>
      {rows.length === 0 ? (
        <p className="page-section__empty">{emptyText}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>{head}</tr>
          </thead>
          <tbody>{rows.map(children)}</tbody>
        </table>
      )}
    </section>
  );
}
