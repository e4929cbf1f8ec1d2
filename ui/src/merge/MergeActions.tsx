import { useState } from "react";
import { hasPermission, useSignedInSession } from "../app/signedInSession";
import { useI18n } from "../i18n/i18nContext";
import { DuplicatesDialog } from "./DuplicatesDialog";
import { MergeDialog } from "./MergeDialog";

/** The customer list's "Merge customers" and "Duplicate suggestions" (held by customers.merge). */
export function MergeActions() {
  const { t } = useI18n();
  const session = useSignedInSession();
  const [merging, setMerging] = useState<{ reviewIds?: string[] } | null>(null);
  const [suggesting, setSuggesting] = useState(false);
  if (!hasPermission(session, "customers.merge")) return null;
  return (
    <div className="merge-actions">
      <button type="button" className="button button--secondary" data-testid="open-duplicates" onClick={() => setSuggesting(true)}>
        {t("duplicates-open")}
      </button>
      <button type="button" className="button button--secondary" data-testid="open-merge" onClick={() => setMerging({})}>
        {t("merge-open")}
      </button>
      <DuplicatesDialog
        open={suggesting}
        onOpenChange={setSuggesting}
        onReview={(ids) => {
          setSuggesting(false);
          setMerging({ reviewIds: ids });
        }}
      />
      <MergeDialog open={merging !== null} onOpenChange={(open) => !open && setMerging(null)} reviewIds={merging?.reviewIds} />
    </div>
  );
}
