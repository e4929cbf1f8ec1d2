import { useI18n } from "../i18n/i18nContext";

/** The × that closes a banner. */
export function DismissButton({ onClick, testId }: { onClick: () => void; testId: string }) {
  const { t } = useI18n();
  return (
    <button type="button" className="icon-button" data-testid={testId} aria-label={t("banner-dismiss")} onClick={onClick}>
      <span aria-hidden="true">×</span>
    </button>
  );
}
