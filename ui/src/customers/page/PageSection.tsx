import type { ReactNode } from "react";
import { useI18n } from "../../i18n/i18nContext";

/** The customer page's sections, each with its title and what it says when it has no rows. */
const SECTION_TEXT = {
  vehicles: { title: "vehicles-heading", empty: "vehicles-empty" },
  "work-orders": { title: "work-orders-heading", empty: "work-orders-empty" },
  invoices: { title: "invoices-heading", empty: "invoices-empty" },
  conversations: { title: "conversations-heading", empty: "conversations-empty" },
  consent: { title: "consent-heading", empty: "consent-empty" },
} as const;

/** A titled section of the customer page: a table of its rows, or its empty text. */
export function PageSection<Row>({
  id,
  summary,
  rows,
  head,
  children,
}: {
  /** Names the section: `${id}-section` is its test id, `${id}-heading` its heading's id. */
  id: keyof typeof SECTION_TEXT;
  /** Said after the title (how many vehicles are active). */
  summary?: string;
  rows: Row[];
  /** The column headings. */
  head: ReactNode;
  /** One table row. */
  children: (row: Row) => ReactNode;
}) {
  const { t } = useI18n();
  const headingId = `${id}-heading`;
  return (
    <section className="page-section" data-testid={`${id}-section`} aria-labelledby={headingId}>
      <h2 id={headingId} className="page-section__title">
        {t(SECTION_TEXT[id].title)}
        {summary && <span className="page-section__summary">{summary}</span>}
      </h2>
      {rows.length === 0 ? (
        <p className="page-section__empty">{t(SECTION_TEXT[id].empty)}</p>
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
