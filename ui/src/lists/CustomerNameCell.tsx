import { StatusLabel } from "../display/StatusLabel";
import { useI18n } from "../i18n/i18nContext";

/** What a list row says about its customer. */
export type RowCustomer = { customerId: string; customerName: string; customerDeleted: boolean };

/** The name the row carries (its name at issue); a live customer's name opens their page. */
export function CustomerNameCell({
  row,
  onOpenCustomer,
}: {
  row: RowCustomer;
  onOpenCustomer?: (customerId: string) => void;
}) {
  const { t } = useI18n();
  const { customerId, customerName: name, customerDeleted: deleted } = row;
  return (
    <td data-testid="row-customer">
      {!deleted && onOpenCustomer ? (
        <button type="button" className="link-button" data-testid="row-customer-link" onClick={() => onOpenCustomer(customerId)}>
          {name}
        </button>
      ) : (
        <span>{name}</span>
      )}
      {deleted && (
        <>
          {" "}
          <span data-testid="deleted-customer-marker">
            <StatusLabel tone="danger">{t("list-customer-deleted")}</StatusLabel>
          </span>
        </>
      )}
    </td>
  );
}
