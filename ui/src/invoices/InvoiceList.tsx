import { useState } from "react";
import { hasPermission, useSignedInSession } from "../app/signedInSession";
import { useI18n } from "../i18n/i18nContext";
import type { InvoiceListRow, Permission } from "../ipc/bindings";
import { useRefreshAfterAction } from "../lists/listQueries";
import { ListTable, type ListProps } from "../lists/ListTable";
import { RowActionButton, RowActions } from "../lists/RowActions";
import { InvoiceActionForm, type InvoiceActionKind } from "./InvoiceActionForm";

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
export function InvoiceList(props: ListProps) {
  const { t } = useI18n();
  const session = useSignedInSession();
  const refresh = useRefreshAfterAction();
  const allowed = ACTIONS.filter((entry) => hasPermission(session, entry.permission));
  const [form, setForm] = useState<{ id: string; kind: InvoiceActionKind } | null>(null);
  const [done, setDone] = useState("");
  const columns = 5 + (props.showCustomer ? 1 : 0) + (allowed.length > 0 ? 1 : 0);

  const buttons = (row: InvoiceListRow) =>
    row.unpaid && (
      <RowActions>
        {allowed.map((entry) => {
          const expanded = form?.id === row.id && form.kind === entry.kind;
          return (
            <RowActionButton
              key={entry.kind}
              label={t(entry.label)}
              rowName={row.number}
              data-testid={entry.testId}
              aria-expanded={expanded}
              onClick={() => setForm(expanded ? null : { id: row.id, kind: entry.kind })}
            />
          );
        })}
      </RowActions>
    );
  const openForm = (row: InvoiceListRow) =>
    form?.id === row.id &&
    row.unpaid && (
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
    );
  return (
    <ListTable {...props} kind="invoices" done={done} actions={allowed.length > 0 ? buttons : undefined} below={openForm} />
  );
}
