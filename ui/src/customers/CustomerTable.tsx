import { useEffect } from "react";
import { useNavigation } from "../app/navigation";
import { hasPermission, useSignedInSession } from "../app/signedInSession";
import { Plate } from "../display/Plate";
import { useI18n } from "../i18n/i18nContext";
import type { CustomerFilter, CustomerListRow } from "../ipc/bindings";
import { RestoreButton } from "../restore/RestoreButton";
import { customerRowElementId, useCustomerSearch } from "./customerSearchContext";
import "./customerTable.css";

export const CUSTOMER_TABLE_ID = "customer-table";

/** One page of customers. Arrow keys move the highlighted row, Enter opens it. */
export function CustomerTable({ rows, filter }: { rows: CustomerListRow[]; filter: CustomerFilter }) {
  const { t, format } = useI18n();
  const { route, openCustomer } = useNavigation();
  const { activeIndex, setActiveIndex, handleListKey } = useCustomerSearch();
  const returnedFrom = route.screen === "customer-list" ? route.fromCustomerId : undefined;
  // R1: the Deleted filter offers Restore to those who may (a courtesy: Rust enforces it).
  const session = useSignedInSession();
  const restorable = filter === "deleted" && hasPermission(session, "customers.restore");

  // Coming back from a customer's page (focus was on that page, now gone): put focus on their row.
  useEffect(() => {
    if (!returnedFrom) return;
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (focusLost) document.getElementById(customerRowElementId(returnedFrom))?.focus();
  }, [returnedFrom]);

  return (
    <table id={CUSTOMER_TABLE_ID} className="data-table customer-table">
      <thead>
        <tr>
          <th scope="col" className="customer-table__name">{t("customer-column-name")}</th>
          <th scope="col">{t("customer-column-phone")}</th>
          <th scope="col">{t("customer-column-postcode")}</th>
          <th scope="col">{t("customer-column-plates")}</th>
          <th scope="col">
            {filter === "deleted" ? t("customer-column-deleted-on") : t("customer-column-last-visit")}
          </th>
          {restorable && (
            <th scope="col" className="customer-table__actions">
              {t("customer-column-actions")}
            </th>
          )}
        </tr>
      </thead>
      <tbody
        onKeyDown={(event) => {
          const nextId = handleListKey(event);
          if (nextId) document.getElementById(nextId)?.focus();
        }}
      >
        {rows.map((row, index) => {
          const active = index === activeIndex;
          const shownDate = filter === "deleted" ? row.deletedAt : row.lastVisit;
          return (
            <tr
              key={row.id}
              id={customerRowElementId(row.id)}
              data-testid="customer-row"
              data-customer-id={row.id}
              data-active={active ? "true" : undefined}
              className={active ? "customer-table__row is-active" : "customer-table__row"}
              tabIndex={active ? 0 : -1}
              onFocus={() => setActiveIndex(index)}
              onClick={() => openCustomer(row.id)}
            >
              <th scope="row" className="customer-table__name">{row.name}</th>
              <td className="numeric">{row.phone ?? ""}</td>
              <td>{row.postcode ?? ""}</td>
              <td>
                <span className="plate-list">
                  {row.plates.map((plate) => (
                    <Plate key={plate} plate={plate} />
                  ))}
                </span>
              </td>
              <td className="numeric">{shownDate ? format.date(shownDate) : ""}</td>
              {restorable && (
                <td className="customer-table__actions">
                  <RestoreButton row={row} />
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
