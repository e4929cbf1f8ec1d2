import { useI18n } from "../i18n/i18nContext";

/** A table's column headings, from their message ids; money columns are right-aligned like their cells. */
export function ColumnHeads({ ids, money = [] }: { ids: readonly string[]; money?: readonly string[] }) {
  const { t } = useI18n();
  return ids.map((id) => (
    <th key={id} scope="col" className={money.includes(id) ? "money" : undefined}>
      {t(id)}
    </th>
  ));
}
