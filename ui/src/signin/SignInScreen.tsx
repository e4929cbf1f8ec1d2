import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { DocumentLanguage } from "../i18n/DocumentLanguage";
import { I18nProvider } from "../i18n/I18nProvider";
import { FALLBACK_LOCALE } from "../i18n/locales";
import type { StaffMember } from "../ipc/bindings";
import { listStaff } from "../ipc/commands";
import { SignInForm } from "./SignInForm";

export const STAFF_QUERY_KEY = ["staff"] as const;

/** Pick who you are, then type your PIN. Speaks the chosen person's language once one is picked. */
export function SignInScreen() {
  const staff = useQuery({ queryKey: STAFF_QUERY_KEY, queryFn: listStaff, staleTime: 0 });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected: StaffMember | undefined = staff.data?.find((member) => member.id === selectedId);

  return (
    <I18nProvider locale={selected?.locale ?? FALLBACK_LOCALE}>
      <DocumentLanguage />
      <SignInForm staff={staff} selected={selected} onSelect={setSelectedId} />
    </I18nProvider>
  );
}
