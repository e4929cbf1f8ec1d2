import { useCallback, useMemo, useState, type ReactNode } from "react";
import { NavigationContext, type Navigation, type Route } from "./navigation";

export function NavigationProvider({
  initialRoute = { screen: "customer-list" },
  children,
}: {
  initialRoute?: Route;
  children: ReactNode;
}) {
  const [route, setRoute] = useState<Route>(initialRoute);
  const openCustomer = useCallback((customerId: string) => setRoute({ screen: "customer", customerId }), []);
  const showCustomerList = useCallback(
    () =>
      setRoute((current) =>
        current.screen === "customer"
          ? { screen: "customer-list", fromCustomerId: current.customerId }
          : { screen: "customer-list" },
      ),
    [],
  );
  const value = useMemo<Navigation>(
    () => ({ route, openCustomer, showCustomerList }),
    [route, openCustomer, showCustomerList],
  );
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}
