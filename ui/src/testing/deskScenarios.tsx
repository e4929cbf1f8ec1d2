import userEvent from "@testing-library/user-event";
import { CustomerScreen } from "../customers/CustomerScreen";
import type { IpcError, Locale, Permission, SessionInfo } from "../ipc/bindings";
import { fakeBackend, OWNER_PERMISSIONS, pagedCustomers, sessionWith, STAFF, type CommandHandlers } from "./fakeBackend";
import { renderSignedIn } from "./renderWithProviders";

// Set-ups several test files share. Each test file still calls vi.mock itself (it is hoisted per file).

/** Jane Owner, holding every permission. */
export const OWNER_SESSION: SessionInfo = sessionWith(STAFF[0]!, OWNER_PERMISSIONS);

/** The customer customerDetail() describes, and customerRow(1) lists. */
export const FIRST_CUSTOMER_ID = "c0000000-0000-4000-8000-000000000001";

/** A command's stand-in that always fails with `error`. */
export function failsWith(error: IpcError): () => never {
  return () => {
    throw error;
  };
}

/** A command's stand-in that fails the first time with `error`, then answers. */
export function failsOnce<T>(error: IpcError, answer: () => T): () => T {
  let attempts = 0;
  return () => {
    attempts += 1;
    if (attempts === 1) throw error;
    return answer();
  };
}

/** A desk nobody is signed in to: the staff to choose from, and two customers behind sign-in. */
export function signedOutBackend(handlers: CommandHandlers = {}) {
  return fakeBackend({
    current_session: () => null,
    list_staff: () => STAFF,
    search_customers: pagedCustomers(2),
    ...handlers,
  });
}

/** The customer list as Jane with these permissions (every one by default), ready for clicks. */
export function renderCustomerScreen(permissions: Permission[] = OWNER_PERMISSIONS, locale: Locale = "en-GB") {
  const user = userEvent.setup();
  renderSignedIn(<CustomerScreen />, { session: sessionWith(STAFF[0]!, permissions), locale });
  return user;
}
