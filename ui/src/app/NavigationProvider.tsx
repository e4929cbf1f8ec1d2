import { useCallback, useMemo, useState, type ReactNode } from "react";
import { NavigationContext, type Navigation, type Route, type SectionScreen } from "./navigation";

export function NavigationProvider({
  initialRoute = { screen: "customer-list" },
  children,
}: {
  initialRoute?: Route;
  children: ReactNode;
}) {
  const [route, setRoute] = useState<Route>(initialRoute);
  const openCustomer = useCallback((customerId: string) => setRoute({ screen: "customer", customerId }), []);
  const reopenCustomer = useCallback(
    (customerId: string) =>
      setRoute((current) => ({
        screen: "customer",
        customerId,
        visit: (current.screen === "customer" ? (current.visit ?? 0) : 0) + 1,
      })),
    [],
  );
  const showCustomerList = useCallback(
    () =>
      setRoute((current) =>
        current.screen === "customer"
          ? { screen: "customer-list", fromCustomerId: current.customerId }
          : { screen: "customer-list" },
      ),
    [],
  );
  const showSection = useCallback((screen: SectionScreen) => setRoute({ screen }), []);
  const value = useMemo<Navigation>(
    () => ({ route, openCustomer, reopenCustomer, showCustomerList, showSection }),
    [route, openCustomer, reopenCustomer, showCustomerList, showSection],
  );
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}
