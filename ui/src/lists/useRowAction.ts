import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "../i18n/i18nContext";
import { errorText } from "../ipc/errorText";
import { useRefreshAfterAction } from "./listQueries";

/**
 * An action on one row of a list: what it did (for the live region), which row it failed on and
 * why; every list is refreshed after it went through.
 */
export function useRowAction<Vars extends { id: string }, Result>(
  perform: (vars: Vars) => Promise<Result>,
  doneText: (result: Result) => string,
) {
  const { t } = useI18n();
  const refresh = useRefreshAfterAction();
  const [failed, setFailed] = useState<{ id: string; message: string } | null>(null);
  const [done, setDone] = useState("");
  const mutation = useMutation({
    mutationFn: perform,
    onMutate: () => setFailed(null),
    onSuccess: async (result) => {
      setDone(doneText(result));
      await refresh();
    },
    onError: (error, { id }) => setFailed({ id, message: errorText(error, t) }),
  });
  return {
    run: mutation.mutate,
    isPending: mutation.isPending,
    done,
    /** Why the action failed on this row, if it did. */
    failureOn: (rowId: string) => (failed?.id === rowId ? failed.message : undefined),
  };
}
