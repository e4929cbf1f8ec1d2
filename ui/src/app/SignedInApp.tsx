import type { SessionInfo } from "../ipc/bindings";
import { CustomerSearchBox } from "../customers/CustomerSearchBox";
import { CustomerSearchProvider } from "../customers/CustomerSearchProvider";
import { DeleteNoticeProvider } from "../delete/DeleteNoticeProvider";
import { Frame } from "../frame/Frame";
import { useFirstScreenShown } from "../startup/firstScreenShown";
import { MainScreen } from "./MainScreen";
import { NavigationProvider } from "./NavigationProvider";
import { SignedInSessionContext } from "./signedInSession";
import { useShowCustomerEvent } from "./useShowCustomerEvent";

function ShowCustomerListener() {
  useShowCustomerEvent();
  return null;
}

export function SignedInApp({ session }: { session: SessionInfo }) {
  // When the desk opens with someone still signed in, this is the first screen.
  useFirstScreenShown(true);
  return (
    <SignedInSessionContext.Provider value={session}>
      {/* A new user starts on a fresh customer list, with no one else's undo. */}
      <NavigationProvider key={session.user.id}>
        <ShowCustomerListener />
        <CustomerSearchProvider key={session.user.id}>
          <DeleteNoticeProvider key={session.user.id}>
            <Frame search={<CustomerSearchBox />}>
              <MainScreen />
            </Frame>
          </DeleteNoticeProvider>
        </CustomerSearchProvider>
      </NavigationProvider>
    </SignedInSessionContext.Provider>
  );
}
