import { useNavigation } from "../app/navigation";
import { CustomerListScreen } from "./CustomerListScreen";
import { CustomerPage } from "./page/CustomerPage";

/** The customers area: the list, or one customer's page. */
export function CustomerScreen() {
  const { route } = useNavigation();
  if (route.screen === "customer") {
    return <CustomerPage key={`${route.customerId}#${route.visit ?? 0}`} customerId={route.customerId} />;
  }
  return <CustomerListScreen />;
}
