import { createContext } from "react";
import { useProvidedContext } from "./providedContext";

/** The garage-wide pages in the left navigation, besides Customers. */
export type SectionScreen = "work-orders" | "invoices" | "conversations" | "staff-permissions";

export type Route =
  /** fromCustomerId: the customer page we came back from, whose row gets focus again. */
  | { screen: "customer-list"; fromCustomerId?: string }
  /** visit: bumped when the page is brought back from a blocker window, so it loads afresh. */
  | { screen: "customer"; customerId: string; visit?: number }
  | { screen: SectionScreen };

export type Navigation = {
  route: Route;
  openCustomer: (customerId: string) => void;
  /** Shows the customer's page afresh (after "Return to customer" in a blocker window). */
  reopenCustomer: (customerId: string) => void;
  showCustomerList: () => void;
  showSection: (screen: SectionScreen) => void;
};

export const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  return useProvidedContext(NavigationContext, "useNavigation must be used inside a NavigationProvider");
}
