import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { SESSION_QUERY_KEY } from "../app/session";
import { useI18n } from "../i18n/i18nContext";
import type { Permission, PermissionSetting, PermissionState, StaffMember, StaffPermissions } from "../ipc/bindings";
import { setStaffPermission, staffPermissions } from "../ipc/commands";
import { errorText } from "../ipc/errorText";
import { QueryFallback } from "../ipc/QueryFallback";
import { PERMISSION_LABEL, PERMISSION_ORDER } from "./permissionLabels";
import { settingForToggle } from "./permissionSetting";
import { ROLE_LABEL } from "./roleLabels";
import "./staffPermissions.css";

const STAFF_PERMISSIONS_KEY = ["staff", "permissions"] as const;

type CellKey = `${string}|${Permission}`;

function cellKey(staffId: string, permission: Permission): CellKey {
  return `${staffId}|${permission}`;
}

/** Owners grant or revoke one permission for one person; changes apply at once. */
export function StaffPermissionsPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const staff = useQuery({ queryKey: STAFF_PERMISSIONS_KEY, queryFn: staffPermissions });
  const [failures, setFailures] = useState<Partial<Record<CellKey, string>>>({});
  const [busy, setBusy] = useState<CellKey | null>(null);

  const change = useMutation({
    mutationFn: (args: { staffId: string; permission: Permission; setting: PermissionSetting }) =>
      setStaffPermission(args.staffId, args.permission, args.setting),
    onMutate: ({ staffId, permission }) => {
      const key = cellKey(staffId, permission);
      setBusy(key);
      setFailures((current) => ({ ...current, [key]: undefined }));
    },
    onSuccess: async (updated) => {
      queryClient.setQueryData<StaffPermissions[]>(STAFF_PERMISSIONS_KEY, (current) =>
        current?.map((entry) => (entry.staff.id === updated.staff.id ? updated : entry)),
      );
      // An Owner may have changed their own permissions: reload the session's too.
      await queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY });
    },
    onError: (error, { staffId, permission }) =>
      setFailures((current) => ({ ...current, [cellKey(staffId, permission)]: errorText(error, t) })),
    onSettled: () => setBusy(null),
  });

  return (
    <section className="staff-permissions" data-testid="staff-permissions-page" aria-labelledby="staff-permissions-heading">
      <h1 id="staff-permissions-heading" className="screen-heading">
        {t("staff-permissions-heading")}
      </h1>
      <p className="staff-permissions__intro">{t("staff-permissions-intro")}</p>
      <QueryFallback query={staff} lines={8} />
      {staff.data && (
        <div className="staff-permissions__scroll">
          <table className="data-table staff-permissions__table">
            <thead>
              <tr>
                <th scope="col">{t("staff-permissions-column-permission")}</th>
                {staff.data.map(({ staff: member }) => (
                  <StaffColumnHeader key={member.id} member={member} />
                ))}
              </tr>
            </thead>
            <tbody>
              {PERMISSION_ORDER.map((permission) => (
                <tr key={permission} data-testid="permission-row" data-permission={permission}>
                  <th scope="row" id={`permission-${permission}`} className="cell-strong">
                    {t(PERMISSION_LABEL[permission])}
                  </th>
                  {staff.data.map(({ staff: member, permissions }) => {
                    const state = permissions.find((entry) => entry.permission === permission);
                    const key = cellKey(member.id, permission);
                    return (
                      <PermissionCell
                        key={member.id}
                        member={member}
                        state={state}
                        busy={busy === key}
                        failure={failures[key]}
                        onSet={(setting) => change.mutate({ staffId: member.id, permission, setting })}
                      />
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function StaffColumnHeader({ member }: { member: StaffMember }) {
  const { t } = useI18n();
  return (
    <th scope="col" className="staff-permissions__person">
      <span id={`staff-${member.id}`} className="staff-permissions__name">
        {member.displayName}
      </span>
      <span className="staff-permissions__role">{t(ROLE_LABEL[member.role])}</span>
    </th>
  );
}

function PermissionCell({
  member,
  state,
  busy,
  failure,
  onSet,
}: {
  member: StaffMember;
  state: PermissionState | undefined;
  busy: boolean;
  failure: string | undefined;
  onSet: (setting: PermissionSetting) => void;
}) {
  const { t } = useI18n();
  if (!state) return <td />;
  const labelledBy = `permission-${state.permission} staff-${member.id}`;
  const errorId = `permission-error-${member.id}-${state.permission}`;
  const overridden = state.source === "granted" || state.source === "revoked";
  return (
    <td className="staff-permissions__cell">
      <div className="staff-permissions__cell-body">
        <input
          type="checkbox"
          className="staff-permissions__checkbox"
          data-testid="permission-toggle"
          data-staff-id={member.id}
          data-permission={state.permission}
          data-source={state.source}
          aria-labelledby={labelledBy}
          aria-describedby={failure ? errorId : undefined}
          checked={state.held}
          disabled={busy}
          onChange={(event) => onSet(settingForToggle(state, event.target.checked))}
        />
        {overridden && (
          <span className="staff-permissions__note" data-testid="permission-note">
            {state.source === "granted" ? t("permission-source-granted") : t("permission-source-revoked")}
          </span>
        )}
        {overridden && (
          <button
            type="button"
            className="link-button staff-permissions__reset"
            data-testid="permission-reset"
            aria-label={t("permission-reset-label", {
              permission: t(PERMISSION_LABEL[state.permission]),
              name: member.displayName,
            })}
            disabled={busy}
            onClick={() => onSet("role_default")}
          >
            {t("permission-reset")}
          </button>
        )}
      </div>
      {failure && (
        <p className="field-error staff-permissions__error" id={errorId} role="alert" data-testid="permission-error">
          {failure}
        </p>
      )}
    </td>
  );
}
