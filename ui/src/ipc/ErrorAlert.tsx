import { useI18n } from "../i18n/i18nContext";
import { errorText } from "./errorText";

/** Why an action failed, read out at once; nothing while it has not failed. */
export function ErrorAlert({ error, testId }: { error: unknown; testId?: string }) {
  const { t } = useI18n();
  if (error === null || error === undefined) return null;
  return (
    <p className="field-error" role="alert" data-testid={testId}>
      {errorText(error, t)}
    </p>
  );
}
