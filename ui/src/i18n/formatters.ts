import type { Locale } from "../ipc/bindings";

export type Formatters = {
  /** A calendar date, e.g. 31/12/2026 in en-GB. */
  date: (iso: string) => string;
  /** A date with the time of day. */
  dateTime: (iso: string) => string;
  /** Money in GBP from integer pence, e.g. £1,234.56 in en-GB. */
  money: (pence: number) => string;
};

export function createFormatters(locale: Locale): Formatters {
  const dateFormat = new Intl.DateTimeFormat(locale, { day: "2-digit", month: "2-digit", year: "numeric" });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
  const moneyFormat = new Intl.NumberFormat(locale, { style: "currency", currency: "GBP", currencyDisplay: "narrowSymbol" });
  return {
    date: (iso) => dateFormat.format(new Date(iso)),
    dateTime: (iso) => dateTimeFormat.format(new Date(iso)),
    money: (pence) => moneyFormat.format(pence / 100),
  };
}
