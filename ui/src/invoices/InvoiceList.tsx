import { Fragment, useState } from "react";
import { hasPermission, useSignedInSession } from "../app/signedInSession";
import { INVOICE_STATUS_LABEL, INVOICE_STATUS_TONE } from "../customers/page/statusLabels";
import { StatusLabel } from "../display/StatusLabel";
import { useI18n } from "../i18n/i18nContext";
import type { InvoiceListRow, ListFilter, Permission } from "../ipc/bindings";
import { ActionStatus } from "../lists/ActionStatus";
import { CustomerNameCell } from "../lists/CustomerNameCell";
import { useInvoiceList, useRefreshAfterAction } from "../lists/listQueries";
import { ListState } from "../lists/ListState";
import { InvoiceActionForm, type InvoiceActionKind } from "./InvoiceActionForm";
import "../lists/lists.css";

const ACTIONS: readonly { kind: InvoiceActionKind; permission: Permission; label: string; testId: string }[] = [
  { kind: "payment", permission: "invoices.take_payment", label: "invoice-action-payment", testId: "invoice-take-payment" },
  { kind: "void", permission: "invoices.void", label: "invoice-action-void", testId: "invoice-void" },
  { kind: "write_off", permission: "invoices.write_off", label: "invoice-action-write-off", testId: "invoice-write-off" },
];

const DONE_TEXT: Record<InvoiceActionKind, string> = {
  payment: "invoice-payment-done",
  void: "invoice-void-done",
  write_off: "invoice-write-off-done",
};

/** Invoices, newest first; unpaid ones can take a payment, be voided or written off (D5). */
export function InvoiceList({
  filter,
  showCustomer,
  onOpenCustomer,
}: {
  filter: ListFilter;
  showCustomer: boolean;
  onOpenCustomer?: (customerId: string) => void;
}) {
  const { t, format } = useI18n();
  const session = useSignedInSession();
  const query = useInvoiceList(filter);
  const refresh = useRefreshAfterAction();
  const allowed = ACTIONS.filter((entry) => hasPermission(session, entry.permission));
  const [form, setForm] = useState<{ id: string; kind: InvoiceActionKind } | null>(null);
  const [done, setDone] = useState("");
  const columns = 5 + (showCustomer ? 1 : 0) + (allowed.length > 0 ? 1 : 0);

  return (
    <ListState
      query={query}
      emptyTitle={filter.onlyOpen ? t("invoices-list-empty-open") : t("invoices-list-empty")}
      emptyHint={filter.onlyOpen ? t("list-empty-open-hint") : t("list-empty-hint")}
    >
      {(rows: InvoiceListRow[]) => (
        <>
          <ActionStatus text={done} />
          <table className="data-table" data-testid="invoice-list">
            <thead>
              <tr>
                <th scope="col">{t("invoice-column-number")}</th>
                {showCustomer && <th scope="col">{t("list-column-customer-on-invoice")}</th>}
                <th scope="col">{t("invoice-column-issued")}</th>
                <th scope="col" className="money">{t("invoice-column-total")}</th>
                <th scope="col" className="money">{t("invoice-column-outstanding")}</th>
                <th scope="col">{t("invoice-column-status")}</th>
                {allowed.length > 0 && <th scope="col">{t("list-column-actions")}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <Fragment key={row.id}>
                  <tr data-testid="resolve-row" data-id={row.id}>
                    <th scope="row" className="numeric cell-strong">{row.number}</th>
                    {showCustomer && (
                      <CustomerNameCell
                        customerId={row.customerId}
                        name={row.customerName}
                        deleted={row.customerDeleted}
                        onOpenCustomer={onOpenCustomer}
                      />
                    )}
                    <td className="numeric">
                      {row.issuedAt ? format.date(row.issuedAt) : <span className="muted">{t("invoice-not-issued")}</span>}
                    </td>
                    <td className="money">{format.money(row.totalPence)}</td>
                    <td className={row.unpaid ? "money money--owed" : "money"}>{format.money(row.outstandingPence)}</td>
                    <td>
                      <StatusLabel tone={row.unpaid ? "warning" : INVOICE_STATUS_TONE[row.status]}>
                        {t(INVOICE_STATUS_LABEL[row.status])}
                      </StatusLabel>
                    </td>
                    {allowed.length > 0 && (
                      <td>
                        {row.unpaid && (
                          <div className="row-actions">
                            {allowed.map((entry) => {
                              const expanded = form?.id === row.id && form.kind === entry.kind;
                              return (
                                <button
                                  key={entry.kind}
                                  type="button"
                                  className="button button--secondary button--small"
                                  data-testid={entry.testId}
                                  aria-expanded={expanded}
                                  onClick={() => setForm(expanded ? null : { id: row.id, kind: entry.kind })}
                                >
                                  {t(entry.label)}
                                  <span className="visually-hidden"> {row.number}</span>
                                </button>
                              );
                            })}
                          </div>
                        )}
                      </td>
                    )}
                  </tr>
                  {form?.id === row.id && row.unpaid && (
                    <tr className="action-form-row">
                      <td colSpan={columns}>
                        <InvoiceActionForm
                          key={form.kind}
                          invoice={row}
                          kind={form.kind}
                          onCancel={() => setForm(null)}
                          onDone={(updated) => {
                            setForm(null);
                            setDone(t(DONE_TEXT[form.kind], { number: updated.number }));
                            void refresh();
                          }}
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </>
      )}
    </ListState>
  );
}
