import type { SessionInfo } from "../ipc/bindings";
import { CustomerSearchBox } from "../customers/CustomerSearchBox";
import { CustomerSearchProvider } from "../customers/CustomerSearchProvider";
import { CustomerScreen } from "../customers/CustomerScreen";
import { Frame } from "../frame/Frame";
import { NavigationProvider } from "./NavigationProvider";
import { SignedInSessionContext } from "./signedInSession";

export function SignedInApp({ session }: { session: SessionInfo }) {
  return (
    <SignedInSessionContext.Provider value={session}>
      {/* A new user starts on a fresh customer list. */}
      <NavigationProvider key={session.user.id}>
        <CustomerSearchProvider key={session.user.id}>
          <Frame search={<CustomerSearchBox />}>
            <CustomerScreen />
          </Frame>
        </CustomerSearchProvider>
      </NavigationProvider>
    </SignedInSessionContext.Provider>
  );
}
