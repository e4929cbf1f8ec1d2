import { StatusLabel } from "../../display/StatusLabel";
import { useI18n } from "../../i18n/i18nContext";
import type { Invoice } from "../../ipc/bindings";
import { PageSection } from "./PageSection";
import { INVOICE_STATUS_LABEL, INVOICE_STATUS_TONE } from "./statusLabels";

/** The name printed on an invoice, when it is not the customer's name today. */
function nameAtIssue(invoice: Invoice, customerName: string): string | null {
  return invoice.billedName !== null && invoice.billedName !== customerName ? invoice.billedName : null;
}

export function InvoicesSection({ invoices, customerName }: { invoices: Invoice[]; customerName: string }) {
  const { t, format } = useI18n();
  const showNameColumn = invoices.some((invoice) => nameAtIssue(invoice, customerName) !== null);
  return (
    <PageSection
      id="invoices"
      testId="invoices-section"
      title={t("invoices-heading")}
      emptyText={t("invoices-empty")}
      isEmpty={invoices.length === 0}
    >
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("invoice-column-number")}</th>
            <th scope="col">{t("invoice-column-issued")}</th>
            <th scope="col" className="money">{t("invoice-column-total")}</th>
            <th scope="col" className="money">{t("invoice-column-outstanding")}</th>
            <th scope="col">{t("invoice-column-status")}</th>
            {showNameColumn && <th scope="col">{t("invoice-column-billed-name")}</th>}
          </tr>
        </thead>
        <tbody>
          {invoices.map((invoice) => (
            <tr key={invoice.id} data-testid="invoice-row">
              <th scope="row" className="numeric cell-strong">{invoice.number}</th>
              <td className="numeric">
                {invoice.issuedAt ? format.date(invoice.issuedAt) : <span className="muted">{t("invoice-not-issued")}</span>}
              </td>
              <td className="money">{format.money(invoice.totalPence)}</td>
              <td className={invoice.unpaid ? "money money--owed" : "money"}>
                {format.money(invoice.outstandingPence)}
              </td>
              <td>
                <StatusLabel tone={invoice.unpaid ? "warning" : INVOICE_STATUS_TONE[invoice.status]}>
                  {t(INVOICE_STATUS_LABEL[invoice.status])}
                </StatusLabel>
              </td>
              {showNameColumn && <td data-testid="invoice-billed-name">{nameAtIssue(invoice, customerName) ?? ""}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </PageSection>
  );
}
