import { INVOICE_STATUS_LABEL, INVOICE_STATUS_TONE } from "../customers/page/statusLabels";
import { ColumnHeads } from "../display/ColumnHeads";
import { StatusOf } from "../display/StatusLabel";
import { useI18n } from "../i18n/i18nContext";
import type { Invoice } from "../ipc/bindings";

// The columns after the number that an invoice shows on the customer page and in the lists.

const MONEY = ["invoice-column-total", "invoice-column-outstanding"];
const HEADINGS = ["invoice-column-issued", ...MONEY, "invoice-column-status"];

export function InvoiceColumnHeads() {
  return <ColumnHeads ids={HEADINGS} money={MONEY} />;
}

type Shown = Pick<Invoice, "issuedAt" | "totalPence" | "outstandingPence" | "unpaid" | "status">;

export function InvoiceCells({ invoice }: { invoice: Shown }) {
  const { t, format } = useI18n();
  return (
    <>
      <td className="numeric">
        {invoice.issuedAt ? format.date(invoice.issuedAt) : <span className="muted">{t("invoice-not-issued")}</span>}
      </td>
      <td className="money">{format.money(invoice.totalPence)}</td>
      <td className={invoice.unpaid ? "money money--owed" : "money"}>{format.money(invoice.outstandingPence)}</td>
      <td>
        <StatusOf
          status={invoice.status}
          labels={INVOICE_STATUS_LABEL}
          tones={INVOICE_STATUS_TONE}
          tone={invoice.unpaid ? "warning" : undefined}
        />
      </td>
    </>
  );
}
