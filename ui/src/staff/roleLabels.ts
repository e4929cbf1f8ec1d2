import type { Role } from "../ipc/bindings";

export const ROLE_LABEL: Record<Role, string> = {
  owner: "role-owner",
  manager: "role-manager",
  service_advisor: "role-service-advisor",
  technician: "role-technician",
};
