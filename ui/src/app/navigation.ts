import { createContext, useContext } from "react";

export type Route =
  /** fromCustomerId: the customer page we came back from, whose row gets focus again. */
  | { screen: "customer-list"; fromCustomerId?: string }
  | { screen: "customer"; customerId: string };

export type Navigation = {
  route: Route;
  openCustomer: (customerId: string) => void;
  showCustomerList: () => void;
};

export const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const value = useContext(NavigationContext);
  if (!value) throw new Error("useNavigation must be used inside a NavigationProvider");
  return value;
}
