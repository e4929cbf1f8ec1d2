import { Plate } from "../../display/Plate";
import { StatusLabel } from "../../display/StatusLabel";
import { useI18n } from "../../i18n/i18nContext";
import type { Vehicle } from "../../ipc/bindings";
import { PageSection } from "./PageSection";

export function VehiclesSection({ vehicles }: { vehicles: Vehicle[] }) {
  const { t } = useI18n();
  const activeCount = vehicles.filter((vehicle) => vehicle.active).length;
  return (
    <PageSection
      id="vehicles"
      testId="vehicles-section"
      title={t("vehicles-heading")}
      summary={vehicles.length > 0 ? t("vehicles-active-count", { count: activeCount }) : undefined}
      emptyText={t("vehicles-empty")}
      isEmpty={vehicles.length === 0}
    >
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("vehicle-column-plate")}</th>
            <th scope="col">{t("vehicle-column-vehicle")}</th>
            <th scope="col">{t("vehicle-column-colour")}</th>
            <th scope="col">{t("vehicle-column-year")}</th>
            <th scope="col">{t("vehicle-column-previous-plates")}</th>
          </tr>
        </thead>
        <tbody>
          {vehicles.map((vehicle) => (
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
                <span className="plate-list">
                  {vehicle.previousPlates.map((plate) => (
                    <Plate key={plate} plate={plate} size="small" />
                  ))}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </PageSection>
  );
}
