import * as Tabs from "@radix-ui/react-tabs";
import { DeletedBanner } from "../delete/DeletedBanner";
import { useI18n } from "../i18n/i18nContext";
import { MergeActions } from "../merge/MergeActions";
import { RestoredBanner } from "../restore/RestoredBanner";
import { RestoreNoticeProvider } from "../restore/RestoreNoticeProvider";
import type { CustomerFilter } from "../ipc/bindings";
import { CustomerResults } from "./CustomerResults";
import { useCustomerSearch } from "./customerSearchContext";
import "./customerListScreen.css";

const FILTERS: readonly CustomerFilter[] = ["active", "deleted"];

function isCustomerFilter(value: string): value is CustomerFilter {
  return (FILTERS as readonly string[]).includes(value);
}

export function CustomerListScreen() {
  const { t } = useI18n();
  const { filter, setFilter } = useCustomerSearch();

  return (
    <RestoreNoticeProvider>
      <section className="customer-list-screen" aria-labelledby="customer-list-heading">
        <h1 id="customer-list-heading" className="screen-heading">
          {t("customers-heading")}
        </h1>
        <MergeActions />
        <DeletedBanner />
        <RestoredBanner />
        <Tabs.Root
          value={filter}
          onValueChange={(value) => {
            if (isCustomerFilter(value)) setFilter(value);
          }}
        >
          <Tabs.List className="filter-tabs" aria-label={t("customer-filter-label")}>
            <Tabs.Trigger className="filter-tabs__tab" value="active" data-testid="filter-active">
              {t("customer-filter-active")}
            </Tabs.Trigger>
            <Tabs.Trigger className="filter-tabs__tab" value="deleted" data-testid="filter-deleted">
              {t("customer-filter-deleted")}
            </Tabs.Trigger>
          </Tabs.List>
          <Tabs.Content value="active" className="filter-tabs__panel">
            <CustomerResults />
          </Tabs.Content>
          <Tabs.Content value="deleted" className="filter-tabs__panel">
            <p className="read-only-note">{t("customer-list-deleted-note")}</p>
            <CustomerResults />
          </Tabs.Content>
        </Tabs.Root>
      </section>
    </RestoreNoticeProvider>
  );
}
