import { useI18n } from "../i18n/i18nContext";
import type { LeftOut } from "../ipc/bindings";
import "./restore.css";

/** What a restore leaves as it was (R4), worded by Rust; nothing when it leaves nothing out. */
export function LeftOutList({ leftOut, testId }: { leftOut: LeftOut[]; testId: string }) {
  const { t } = useI18n();
  if (leftOut.length === 0) return null;
  return (
    <div className="restore-left-out" data-testid={testId}>
      <p className="restore-left-out__heading">{t("restore-left-out-heading")}</p>
      <ul>
        {leftOut.map((line) => (
          <li key={line.text}>{line.text}</li>
        ))}
      </ul>
    </div>
  );
}
