import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { TextField } from "../display/TextField";
import { useI18n } from "../i18n/i18nContext";
import type { InvoiceListRow } from "../ipc/bindings";
import { takePayment, voidInvoice, writeOffInvoice } from "../ipc/commands";
import { errorText } from "../ipc/errorText";

export type InvoiceActionKind = "payment" | "void" | "write_off";

type FormText = { label: string; hint: string | null; submit: string; inputTestId: string; submitTestId: string };

/** Asks for what the action needs (an amount, or a reason) and shows Rust's error beside the field. */
export function InvoiceActionForm({
  invoice,
  kind,
  onDone,
  onCancel,
}: {
  invoice: InvoiceListRow;
  kind: InvoiceActionKind;
  onDone: (invoice: InvoiceListRow) => void;
  onCancel: () => void;
}) {
  const { t, format } = useI18n();
  const [value, setValue] = useState("");
  const outstanding = format.money(invoice.outstandingPence);

  const action = useMutation({
    mutationFn: (text: string) => {
      switch (kind) {
        case "payment":
          return takePayment(invoice.id, text);
        case "void":
          return voidInvoice(invoice.id, text);
        case "write_off":
          return writeOffInvoice(invoice.id, text);
      }
    },
    onSuccess: onDone,
  });

  const text: FormText =
    kind === "payment"
      ? {
          label: t("invoice-payment-label", { number: invoice.number }),
          hint: t("invoice-payment-hint", { outstanding }),
          submit: t("invoice-payment-submit"),
          inputTestId: "payment-amount",
          submitTestId: "payment-submit",
        }
      : kind === "void"
        ? {
            label: t("invoice-void-label", { number: invoice.number }),
            hint: t("invoice-reason-hint"),
            submit: t("invoice-void-submit"),
            inputTestId: "void-reason",
            submitTestId: "void-submit",
          }
        : {
            label: t("invoice-write-off-label", { number: invoice.number, outstanding }),
            hint: t("invoice-reason-hint"),
            submit: t("invoice-write-off-submit", { outstanding }),
            inputTestId: "write-off-reason",
            submitTestId: "write-off-submit",
          };
  const error = action.isError ? errorText(action.error, t) : null;

  return (
    <form
      className="action-form"
      data-testid={`invoice-form-${kind}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!action.isPending) action.mutate(value);
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape" && !action.isPending) {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <TextField
        label={text.label}
        hint={text.hint}
        error={error}
        errorTestId="action-error"
        focusOnMount
        className="text-input"
        data-testid={text.inputTestId}
        inputMode={kind === "payment" ? "decimal" : "text"}
        spellCheck={kind !== "payment"}
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <div className="action-form__buttons">
        <button
          type="submit"
          className={kind === "payment" ? "button button--primary" : "button button--danger"}
          data-testid={text.submitTestId}
          disabled={action.isPending}
        >
          {text.submit}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t("action-cancel")}
        </button>
      </div>
    </form>
  );
}
