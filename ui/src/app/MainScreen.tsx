import { ConversationsScreen } from "../conversations/ConversationsScreen";
import { CustomerScreen } from "../customers/CustomerScreen";
import { InvoicesScreen } from "../invoices/InvoicesScreen";
import { StaffPermissionsPage } from "../staff/StaffPermissionsPage";
import { WorkOrdersScreen } from "../workOrders/WorkOrdersScreen";
import { useNavigation } from "./navigation";
import { hasPermission, useSignedInSession } from "./signedInSession";

/** What the main area shows for the current route. */
export function MainScreen() {
  const { route } = useNavigation();
  const session = useSignedInSession();
  switch (route.screen) {
    case "work-orders":
      return <WorkOrdersScreen />;
    case "invoices":
      return <InvoicesScreen />;
    case "conversations":
      return <ConversationsScreen />;
    case "staff-permissions":
      // An Owner who just removed their own right to manage permissions goes back to customers.
      return hasPermission(session, "staff.manage_permissions") ? <StaffPermissionsPage /> : <CustomerScreen />;
    default:
      return <CustomerScreen />;
  }
}
