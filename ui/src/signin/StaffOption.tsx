import { StatusLabel } from "../display/StatusLabel";
import { useI18n } from "../i18n/i18nContext";
import type { StaffMember } from "../ipc/bindings";
import { ROLE_LABEL } from "../staff/roleLabels";

/** One person to sign in as: a native radio button dressed as a card. */
export function StaffOption({
  member,
  checked,
  onChoose,
  onPointerChoose,
}: {
  member: StaffMember;
  checked: boolean;
  onChoose: () => void;
  onPointerChoose: () => void;
}) {
  const { t } = useI18n();
  return (
    <label
      className={checked ? "staff-option is-checked" : "staff-option"}
      data-testid="staff-option"
      data-staff-id={member.id}
      onPointerUp={onPointerChoose}
    >
      <input
        type="radio"
        name="staff"
        className="staff-option__radio"
        value={member.id}
        checked={checked}
        onChange={onChoose}
      />
      <span className="staff-option__text">
        <span className="staff-option__name">{member.displayName}</span>
        <span className="staff-option__role">{t(ROLE_LABEL[member.role])}</span>
      </span>
      {member.locked && <StatusLabel tone="danger">{t("sign-in-locked")}</StatusLabel>}
    </label>
  );
}
