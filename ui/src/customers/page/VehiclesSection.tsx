import { ColumnHeads } from "../../display/ColumnHeads";
import { Plate, SmallPlates } from "../../display/Plate";
import { StatusLabel } from "../../display/StatusLabel";
import { useI18n } from "../../i18n/i18nContext";
import type { Vehicle } from "../../ipc/bindings";
import { PageSection } from "./PageSection";

const HEADINGS = [
  "vehicle-column-plate",
  "vehicle-column-vehicle",
  "vehicle-column-colour",
  "vehicle-column-year",
  "vehicle-column-previous-plates",
];

export function VehiclesSection({ vehicles }: { vehicles: Vehicle[] }) {
  const { t } = useI18n();
  const activeCount = vehicles.filter((vehicle) => vehicle.active).length;
  return (
    <PageSection
      id="vehicles"
      summary={vehicles.length > 0 ? t("vehicles-active-count", { count: activeCount }) : undefined}
      rows={vehicles}
      head={<ColumnHeads ids={HEADINGS} />}
    >
      {(vehicle) => (
        <tr key={vehicle.id} data-testid="vehicle-row" className={vehicle.active ? undefined : "is-inactive"}>
          <td>
            {vehicle.plate ? <Plate plate={vehicle.plate} /> : <span className="muted">{t("vehicle-no-plate")}</span>}
          </td>
          <th scope="row" className="cell-strong">
            {vehicle.make} {vehicle.model}
            {!vehicle.active && (
              <>
                {" "}
                <StatusLabel tone="neutral">{t("vehicle-inactive")}</StatusLabel>
              </>
            )}
          </th>
          <td>{vehicle.colour ?? ""}</td>
          <td className="numeric">{vehicle.year ?? ""}</td>
          <td>
            <SmallPlates plates={vehicle.previousPlates} className="plate-list" />
          </td>
        </tr>
      )}
    </PageSection>
  );
}
