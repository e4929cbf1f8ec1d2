import { StatusLabel } from "../display/StatusLabel";
import { useI18n } from "../i18n/i18nContext";

/** The name the row carries (its name at issue); a live customer's name opens their page. */
export function CustomerNameCell({
  customerId,
  name,
  deleted,
  onOpenCustomer,
}: {
  customerId: string;
  name: string;
  deleted: boolean;
  onOpenCustomer?: (customerId: string) => void;
}) {
  const { t } = useI18n();
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
