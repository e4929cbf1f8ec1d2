import { ColumnHeads } from "../../display/ColumnHeads";
import { StatusOf } from "../../display/StatusLabel";
import { useI18n } from "../../i18n/i18nContext";
import type { ConsentEvent } from "../../ipc/bindings";
import { PageSection } from "./PageSection";
import { CONSENT_CHANNEL_LABEL, CONSENT_KIND_LABEL, CONSENT_KIND_TONE, CONSENT_SOURCE_LABEL } from "./statusLabels";

const HEADINGS = ["consent-column-date", "consent-column-channel", "consent-column-change", "consent-column-source"];

export function ConsentSection({ events }: { events: ConsentEvent[] }) {
  const { t, format } = useI18n();
  return (
    <PageSection id="consent" rows={events} head={<ColumnHeads ids={HEADINGS} />}>
      {(event) => (
        <tr key={event.id} data-testid="consent-row">
          <td className="numeric">{format.dateTime(event.occurredAt)}</td>
          <td>{t(CONSENT_CHANNEL_LABEL[event.channel])}</td>
          <td>
            <StatusOf status={event.kind} labels={CONSENT_KIND_LABEL} tones={CONSENT_KIND_TONE} />
          </td>
          <td>{t(CONSENT_SOURCE_LABEL[event.source])}</td>
        </tr>
      )}
    </PageSection>
  );
}
