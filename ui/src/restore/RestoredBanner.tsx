import { useNavigation } from "../app/navigation";
import { DismissButton } from "../display/DismissButton";
import { useI18n } from "../i18n/i18nContext";
import { useRestoreNotices } from "./restoreNotice";
import "../delete/deletedNotice.css";
import "./restore.css";

/** "Customer restored" at the top of the list, with what the restore left as it was (R4). */
export function RestoredBanner() {
  const { t } = useI18n();
  const { openCustomer } = useNavigation();
  const { restored, dismiss } = useRestoreNotices();
  if (!restored) return null;

  return (
    <div className="list-banner" data-testid="restored-banner" role="status" aria-live="polite">
      <div className="list-banner__text">
        <strong>{t("restored-title")}</strong>{" "}
        <span>
          {t("restored-body", {
            name: restored.customerName,
            vehicles: restored.vehicles,
            conversations: restored.conversations,
          })}
        </span>{" "}
        <button
          type="button"
          className="link-button"
          data-testid="restored-open-customer"
          onClick={() => openCustomer(restored.customerId)}
        >
          {t("restored-open-customer", { name: restored.customerName })}
        </button>
        {restored.leftOut.length > 0 && (
          <div className="restore-left-out" data-testid="restored-left-out">
            <p className="restore-left-out__heading">{t("restore-left-out-heading")}</p>
            <ul>
              {restored.leftOut.map((line) => (
                <li key={line.text}>{line.text}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <div className="list-banner__actions">
        <DismissButton testId="restored-dismiss" onClick={dismiss} />
      </div>
    </div>
  );
}
