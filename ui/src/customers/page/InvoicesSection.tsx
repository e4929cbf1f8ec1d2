import { useI18n } from "../../i18n/i18nContext";
import { InvoiceCells, InvoiceColumnHeads } from "../../invoices/invoiceColumns";
import type { Invoice } from "../../ipc/bindings";
import { PageSection } from "./PageSection";

/** The name printed on an invoice, when it is not the customer's name today. */
function nameAtIssue(invoice: Invoice, customerName: string): string | null {
  return invoice.billedName !== null && invoice.billedName !== customerName ? invoice.billedName : null;
}

export function InvoicesSection({ invoices, customerName }: { invoices: Invoice[]; customerName: string }) {
  const { t } = useI18n();
  const showNameColumn = invoices.some((invoice) => nameAtIssue(invoice, customerName) !== null);
  const head = (
    <>
      <th scope="col">{t("invoice-column-number")}</th>
      <InvoiceColumnHeads />
      {showNameColumn && <th scope="col">{t("invoice-column-billed-name")}</th>}
    </>
  );
  return (
    <PageSection id="invoices" rows={invoices} head={head}>
      {(invoice) => (
        <tr key={invoice.id} data-testid="invoice-row">
          <th scope="row" className="numeric cell-strong">{invoice.number}</th>
          <InvoiceCells invoice={invoice} />
          {showNameColumn && <td data-testid="invoice-billed-name">{nameAtIssue(invoice, customerName) ?? ""}</td>}
        </tr>
      )}
    </PageSection>
  );
}
