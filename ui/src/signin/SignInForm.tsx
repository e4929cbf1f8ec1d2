import type { UseQueryResult } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useSignIn } from "../app/session";
import { loadSignedInApp } from "../app/signedInAppChunk";
import { useI18n } from "../i18n/i18nContext";
import type { StaffMember, SyncConnection } from "../ipc/bindings";
import { errorText } from "../ipc/errorText";
import { QueryFallback } from "../ipc/QueryFallback";
import { SyncDownloadProgress } from "../sync/SyncDownloadProgress";
import { useSyncStatus } from "../sync/syncQueries";
import { StaffOption } from "./StaffOption";
import "./signIn.css";

export function SignInForm({
  staff,
  selected,
  onSelect,
}: {
  staff: UseQueryResult<StaffMember[]>;
  selected: StaffMember | undefined;
  onSelect: (staffId: string) => void;
}) {
  const { t } = useI18n();
  const signIn = useSignIn();
  const sync = useSyncStatus().data;
  const [pin, setPin] = useState("");
  const [missingPin, setMissingPin] = useState(false);
  const [focusPinRequest, setFocusPinRequest] = useState(0);
  const pinRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusPinRequest > 0) pinRef.current?.focus();
  }, [focusPinRequest]);

  function choose(staffId: string) {
    if (staffId === selected?.id) return;
    // Someone is about to sign in: fetch the signed-in app while they type their PIN.
    void loadSignedInApp();
    onSelect(staffId);
    setPin("");
    setMissingPin(false);
    signIn.reset();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!selected || signIn.isPending) return;
    if (pin === "") {
      setMissingPin(true);
      setFocusPinRequest((count) => count + 1);
      return;
    }
    setMissingPin(false);
    signIn.mutate(
      { staffId: selected.id, pin },
      {
        onError: () => {
          // A wrong PIN may have locked the account: show the list as it is now.
          void staff.refetch();
          setPin("");
          setFocusPinRequest((count) => count + 1);
        },
      },
    );
  }

  const error = missingPin ? t("sign-in-pin-missing") : signIn.isError ? errorText(signIn.error, t) : null;

  return (
    <main className="card-screen">
      <div className="card-screen__panel">
        <h1 className="card-screen__heading">{t("sign-in-heading")}</h1>
        {sync?.download && <SyncDownloadProgress download={sync.download} variant="panel" />}
        <form className="sign-in__form" onSubmit={submit} noValidate>
          <fieldset className="sign-in__staff">
            <legend className="sign-in__legend">{t("sign-in-staff-legend")}</legend>
            <QueryFallback query={staff} lines={4} />
            {staff.data?.length === 0 && <NoStaffYet connection={sync?.connection} />}
            {staff.data && staff.data.length > 0 && (
              <div className="staff-options">
                {staff.data.map((member) => (
                  <StaffOption
                    key={member.id}
                    member={member}
                    checked={member.id === selected?.id}
                    onChoose={() => choose(member.id)}
                    onPointerChoose={() => setFocusPinRequest((count) => count + 1)}
                  />
                ))}
              </div>
            )}
          </fieldset>

          {selected ? (
            <div className={error ? "form-group form-group--error" : "form-group"}>
              <label htmlFor="sign-in-pin" className="form-label">
                {t("sign-in-pin-label", { name: selected.displayName })}
              </label>
              {error && (
                <p id="sign-in-pin-error" className="field-error" role="alert" data-testid="sign-in-error">
                  {error}
                </p>
              )}
              <div className="sign-in__pin-row">
                <input
                  ref={pinRef}
                  id="sign-in-pin"
                  className="text-input sign-in__pin"
                  data-testid="pin-input"
                  type="password"
                  inputMode="numeric"
                  autoComplete="off"
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? "sign-in-pin-error" : undefined}
                  value={pin}
                  onChange={(event) => setPin(event.target.value)}
                />
                <button
                  type="submit"
                  className="button button--primary"
                  data-testid="sign-in-submit"
                  aria-disabled={signIn.isPending || undefined}
                >
                  {signIn.isPending ? t("sign-in-submitting") : t("sign-in-submit")}
                </button>
              </div>
            </div>
          ) : (
            staff.data && staff.data.length > 0 && <p className="sign-in__hint">{t("sign-in-choose-hint")}</p>
          )}
        </form>
      </div>
    </main>
  );
}

/** A desk joined to a central server has no staff until the download brings them. */
function NoStaffYet({ connection }: { connection: SyncConnection | undefined }) {
  const { t } = useI18n();
  if (connection === undefined || connection === "standalone") {
    return <p className="sign-in__empty">{t("sign-in-no-staff")}</p>;
  }
  if (connection === "not_enrolled") {
    return (
      <p className="sign-in__empty sign-in__empty--problem" role="alert" data-testid="sign-in-not-enrolled">
        {t("sign-in-not-enrolled")}
      </p>
    );
  }
  return (
    <p className="sign-in__empty" data-testid="sign-in-downloading">
      {connection === "offline" ? t("sign-in-waiting-offline") : t("sign-in-downloading")}
    </p>
  );
}
