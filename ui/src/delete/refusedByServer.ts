import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { getCustomer } from "../ipc/commands";
import type { DeleteNotice } from "./deleteNotice";

/**
 * S3: once a delete leaves this desk the central server may refuse it, and Rust then puts the
 * customer back in the local cache. While the notice says "deleted", this reads the customer from
 * Rust (again after every sync, as every query is) and calls `onRefused` when they are no longer
 * deleted, so the banner stops saying a customer who is back was deleted.
 */
export function useRefusedByServer(notice: DeleteNotice | null, onRefused: (batchId: string) => void) {
  const watched = notice?.phase === "deleted" ? notice : null;
  const customer = useQuery({
    queryKey: ["delete", "customer-state", watched?.batchId, watched?.customerId],
    queryFn: () => getCustomer(watched?.customerId ?? ""),
    enabled: watched !== null,
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
  const back = customer.data !== undefined && customer.data.customer.deletedAt === null;
  const batchId = watched?.batchId;
  useEffect(() => {
    if (back && batchId !== undefined) onRefused(batchId);
  }, [back, batchId, onRefused]);
}
