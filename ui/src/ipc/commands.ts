// Typed wrappers over the Tauri commands. Argument names are camelCase, as Tauri expects.
import { invoke } from "@tauri-apps/api/core";
import type {
  CustomerDetail,
  CustomerPage,
  CustomerQuery,
  Locale,
  SessionInfo,
  StaffMember,
} from "./bindings";

export function listStaff(): Promise<StaffMember[]> {
  return invoke<StaffMember[]>("list_staff");
}

export function signIn(staffId: string, pin: string): Promise<SessionInfo> {
  return invoke<SessionInfo>("sign_in", { staffId, pin });
}

export function signOut(): Promise<null> {
  return invoke<null>("sign_out");
}

export function currentSession(): Promise<SessionInfo | null> {
  return invoke<SessionInfo | null>("current_session");
}

export function setMyLocale(locale: Locale): Promise<SessionInfo> {
  return invoke<SessionInfo>("set_my_locale", { locale });
}

export function searchCustomers(query: CustomerQuery): Promise<CustomerPage> {
  return invoke<CustomerPage>("search_customers", { query });
}

export function getCustomer(customerId: string): Promise<CustomerDetail> {
  return invoke<CustomerDetail>("get_customer", { customerId });
}
