import { QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { createQueryClient } from "../app/queryClient";
import { NavigationProvider } from "../app/NavigationProvider";
import type { Route } from "../app/navigation";
import { SignedInSessionContext } from "../app/signedInSession";
import { CustomerSearchProvider } from "../customers/CustomerSearchProvider";
import { DeleteNoticeProvider } from "../delete/DeleteNoticeProvider";
import { I18nProvider } from "../i18n/I18nProvider";
import type { Locale, SessionInfo } from "../ipc/bindings";
import { sessionFor, STAFF } from "./fakeBackend";

/** Renders a signed-in piece of UI with the providers the frame gives it. */
export function renderSignedIn(
  ui: ReactNode,
  {
    locale = "en-GB",
    session = sessionFor(STAFF[0]!),
    initialRoute,
  }: { locale?: Locale; session?: SessionInfo; initialRoute?: Route } = {},
) {
  const queryClient = createQueryClient();
  const rendered = render(
    <QueryClientProvider client={queryClient}>
      <I18nProvider locale={locale}>
        <SignedInSessionContext.Provider value={session}>
          <NavigationProvider initialRoute={initialRoute}>
            <CustomerSearchProvider>
              <DeleteNoticeProvider>{ui}</DeleteNoticeProvider>
            </CustomerSearchProvider>
          </NavigationProvider>
        </SignedInSessionContext.Provider>
      </I18nProvider>
    </QueryClientProvider>,
  );
  return { ...rendered, queryClient };
}

/** Renders a whole component tree that brings its own i18n (the App, the sign-in screen). */
export function renderWithQueryClient(ui: ReactNode) {
  const queryClient = createQueryClient();
  return render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>);
}
