import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { DocumentLanguage } from "../i18n/DocumentLanguage";
import { I18nProvider } from "../i18n/I18nProvider";
import type { StaffMember } from "../ipc/bindings";
import { listStaff } from "../ipc/commands";
import { useDefaultLocale } from "../startup/defaultLocale";
import { useFirstScreenShown } from "../startup/firstScreenShown";
import { SignInForm } from "./SignInForm";

export const STAFF_QUERY_KEY = ["staff"] as const;

/**
 * Pick who you are, then type your PIN. Speaks the desk's default language until someone is
 * picked, then theirs.
 */
export function SignInScreen() {
  const staff = useQuery({ queryKey: STAFF_QUERY_KEY, queryFn: listStaff, staleTime: 0 });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected: StaffMember | undefined = staff.data?.find((member) => member.id === selectedId);
  const defaultLocale = useDefaultLocale();
  // The sign-in form is usable once the staff list is in: the first screen is shown.
  useFirstScreenShown(staff.isSuccess);

  return (
    <I18nProvider locale={selected?.locale ?? defaultLocale}>
      <DocumentLanguage />
      <SignInForm staff={staff} selected={selected} onSelect={setSelectedId} />
    </I18nProvider>
  );
}
