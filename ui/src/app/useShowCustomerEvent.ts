import { useQueryClient } from "@tanstack/react-query";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import { useEffect } from "react";
import { useNavigation } from "./navigation";

/** Rust emits this to the main window when "Return to customer" is pressed in a blocker window. */
export const SHOW_CUSTOMER_EVENT = "show-customer";

type ShowCustomerPayload = { customerId: string };

/** D4: on "show-customer", reload everything and bring the customer's page up afresh. */
export function useShowCustomerEvent() {
  const queryClient = useQueryClient();
  const { reopenCustomer } = useNavigation();

  useEffect(() => {
    let disposed = false;
    let unlisten: UnlistenFn | undefined;
    Promise.resolve()
      .then(() =>
        listen<ShowCustomerPayload>(SHOW_CUSTOMER_EVENT, (event) => {
          void queryClient.invalidateQueries();
          reopenCustomer(event.payload.customerId);
        }),
      )
      .then((stop) => {
        if (disposed) stop();
        else unlisten = stop;
      })
      .catch((error: unknown) => console.error("Could not listen for show-customer:", error));
    return () => {
      disposed = true;
      unlisten?.();
    };
  }, [queryClient, reopenCustomer]);
}
