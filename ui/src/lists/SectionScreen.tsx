import { useState, type ComponentType } from "react";
import { useNavigation } from "../app/navigation";
import { useI18n } from "../i18n/i18nContext";
import type { ListProps } from "./ListTable";
import { OpenOnlyToggle } from "./OpenOnlyToggle";
import "./lists.css";

/** A garage-wide list page in the main window: heading, the Open only / All toggle, the list. */
export function SectionScreen({
  testId,
  heading,
  openLabel,
  List,
}: {
  testId: string;
  /** Message ids: the page's heading, and what "open" means for its rows. */
  heading: string;
  openLabel: string;
  List: ComponentType<ListProps>;
}) {
  const { t } = useI18n();
  const { openCustomer } = useNavigation();
  const [onlyOpen, setOnlyOpen] = useState(true);
  return (
    <section className="section-screen" data-testid={testId} aria-labelledby={`${testId}-heading`}>
      <div className="section-screen__head">
        <h1 id={`${testId}-heading`} className="screen-heading">
          {t(heading)}
        </h1>
        <OpenOnlyToggle
          onlyOpen={onlyOpen}
          onChange={setOnlyOpen}
          openLabel={t(openLabel)}
          allLabel={t("list-filter-all")}
        />
      </div>
      <List filter={{ customerId: null, onlyOpen }} showCustomer onOpenCustomer={openCustomer} />
    </section>
  );
}
