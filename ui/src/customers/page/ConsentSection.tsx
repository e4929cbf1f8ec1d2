import { StatusLabel } from "../../display/StatusLabel";
import { useI18n } from "../../i18n/i18nContext";
import type { ConsentEvent } from "../../ipc/bindings";
import { PageSection } from "./PageSection";
import { CONSENT_CHANNEL_LABEL, CONSENT_KIND_LABEL, CONSENT_KIND_TONE, CONSENT_SOURCE_LABEL } from "./statusLabels";

export function ConsentSection({ events }: { events: ConsentEvent[] }) {
  const { t, format } = useI18n();
  return (
    <PageSection
      id="consent"
      testId="consent-section"
      title={t("consent-heading")}
      emptyText={t("consent-empty")}
      isEmpty={events.length === 0}
    >
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("consent-column-date")}</th>
            <th scope="col">{t("consent-column-channel")}</th>
            <th scope="col">{t("consent-column-change")}</th>
            <th scope="col">{t("consent-column-source")}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} data-testid="consent-row">
              <td className="numeric">{format.dateTime(event.occurredAt)}</td>
              <td>{t(CONSENT_CHANNEL_LABEL[event.channel])}</td>
              <td>
                <StatusLabel tone={CONSENT_KIND_TONE[event.kind]}>{t(CONSENT_KIND_LABEL[event.kind])}</StatusLabel>
              </td>
              <td>{t(CONSENT_SOURCE_LABEL[event.source])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PageSection>
  );
}
