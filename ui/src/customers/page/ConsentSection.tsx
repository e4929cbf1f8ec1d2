import { ColumnHeads } from "../../display/ColumnHeads";
import { StatusOf } from "../../display/StatusLabel";
import { useI18n } from "../../i18n/i18nContext";
import type { ConsentEvent } from "../../ipc/bindings";
import { PageSection } from "./PageSection";
import { CONSENT_CHANNEL_LABEL, CONSENT_KIND, CONSENT_SOURCE_LABEL } from "./statusLabels";

const HEADINGS = ["consent-column-date", "consent-column-channel", "consent-column-change", "consent-column-source"];

export function ConsentSection({ events }: { events: ConsentEvent[] }) {
  const { t, format } = useI18n();
  return (
    <PageSection
      id="consent"
      title={t("consent-heading")}
      emptyText={t("consent-empty")}
      rows={events}
      head={<ColumnHeads ids={HEADINGS} />}
    >
      {(event) => (
        <tr key={event.id} data-testid="consent-row">
          <td className="numeric">{format.dateTime(event.occurredAt)}</td>
          <td>{t(CONSENT_CHANNEL_LABEL[event.channel])}</td>
          <td>
            <StatusOf look={CONSENT_KIND[event.kind]} />
          </td>
          <td>{t(CONSENT_SOURCE_LABEL[event.source])}</td>
        </tr>
      )}
    </PageSection>
  );
}
