import { ConversationList } from "../conversations/ConversationList";
import { CustomerScreen } from "../customers/CustomerScreen";
import { InvoiceList } from "../invoices/InvoiceList";
import { SectionScreen } from "../lists/SectionScreen";
import { StaffPermissionsPage } from "../staff/StaffPermissionsPage";
import { WorkOrderList } from "../workOrders/WorkOrderList";
import { useNavigation } from "./navigation";
import { hasPermission, useSignedInSession } from "./signedInSession";

/** The garage's work orders, invoices ("open" means unpaid) and conversations, newest first. */
const SECTION_LISTS = {
  "work-orders": { testId: "work-orders-page", heading: "work-orders-heading", openLabel: "list-filter-open-only", List: WorkOrderList },
  invoices: { testId: "invoices-page", heading: "invoices-heading", openLabel: "list-filter-unpaid-only", List: InvoiceList },
  conversations: {
    testId: "conversations-page",
    heading: "conversations-heading",
    openLabel: "list-filter-open-only",
    List: ConversationList,
  },
} as const;

/** What the main area shows for the current route. */
export function MainScreen() {
  const { route } = useNavigation();
  const session = useSignedInSession();
  switch (route.screen) {
    case "work-orders":
    case "invoices":
    case "conversations":
      // The key gives each page its own Open only / All choice.
      return <SectionScreen key={route.screen} {...SECTION_LISTS[route.screen]} />;
    case "staff-permissions":
      // An Owner who just removed their own right to manage permissions goes back to customers.
      return hasPermission(session, "staff.manage_permissions") ? <StaffPermissionsPage /> : <CustomerScreen />;
    default:
      return <CustomerScreen />;
  }
}
