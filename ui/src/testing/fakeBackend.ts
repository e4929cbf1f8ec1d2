import { invoke } from "@tauri-apps/api/core";
import { vi } from "vitest";
import type {
  CustomerDetail,
  CustomerListRow,
  CustomerPage,
  IpcError,
  Permission,
  SessionInfo,
  StaffMember,
  StartupState,
  SyncStatus,
} from "../ipc/bindings";
import type { CommandArgs, CommandName, CommandResult } from "../ipc/commands";
import { PERMISSION_ORDER } from "../staff/permissionLabels";

// Test files must call vi.mock("@tauri-apps/api/core") themselves (it is hoisted per file).

/** A command's stand-in: its arguments in, its answer (or a promise of it) out, typed as in Rust. */
type Handler<C extends CommandName> = (args: CommandArgs<C>) => CommandResult<C> | Promise<CommandResult<C>>;
export type CommandHandlers = { [C in CommandName]?: Handler<C> };

/** A desk without a central server: what sync_status says unless a test says otherwise. */
export function syncStatusOf(overrides: Partial<SyncStatus> = {}): SyncStatus {
  return { connection: "standalone", waiting: 0, lastSync: null, download: null, unreadProblems: 0, ...overrides };
}

/** A desk that started: what startup_state says unless a test says otherwise. */
export function startupStateOf(overrides: Partial<StartupState> = {}): StartupState {
  return { defaultLocale: "en-GB", problem: null, ...overrides };
}

// The main window asks how the start went and says when it is ready; the frame and the sign-in
// screen poll the sync status (S5): every test gets a desk that started and a quiet sync.
const DEFAULT_HANDLERS: CommandHandlers = {
  startup_state: () => startupStateOf(),
  ui_ready: () => null,
  sync_status: () => syncStatusOf(),
  sync_problems: () => [],
};

/** Routes each invoke to a handler; a handler that throws an IpcError makes the invoke reject with it. */
export function fakeBackend(testHandlers: CommandHandlers) {
  const handlers = { ...DEFAULT_HANDLERS, ...testHandlers };
  const mock = vi.mocked(invoke);
  mock.mockImplementation(async (command: string, args?: unknown) => {
    const handler = handlers[command as CommandName] as ((args: unknown) => unknown) | undefined;
    if (!handler) throw new Error(`Unexpected command in test: ${command}`);
    return handler(args ?? {});
  });
  return mock;
}

/** The arguments of each call of `command` so far. */
export function callsOf<C extends CommandName>(command: C): CommandArgs<C>[] {
  return vi
    .mocked(invoke)
    .mock.calls.filter(([name]) => name === command)
    .map(([, args]) => (args ?? {}) as CommandArgs<C>);
}

export function ipcError(code: IpcError["code"], message: string): IpcError {
  return { code, message };
}

export const STAFF: StaffMember[] = [
  { id: "7b1c6f2e-0000-4000-8000-000000000001", displayName: "Jane Owner", role: "owner", locale: "en-GB", locked: false },
  { id: "7b1c6f2e-0000-4000-8000-000000000002", displayName: "Piotr Nowak", role: "service_advisor", locale: "pl", locked: false },
  { id: "7b1c6f2e-0000-4000-8000-000000000003", displayName: "Ana Popescu", role: "technician", locale: "ro", locked: true },
];

export function sessionFor(user: StaffMember): SessionInfo {
  return { sessionId: `session-${user.id}`, user, permissions: ["customers.view", "customers.edit"] };
}

export function customerRow(index: number, overrides: Partial<CustomerListRow> = {}): CustomerListRow {
  return {
    id: `c0000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
    name: `Customer ${index}`,
    phone: `07700 900${String(index).padStart(3, "0")}`,
    postcode: "M1 1AA",
    plates: [],
    lastVisit: "2026-03-14T12:00:00Z",
    deletedAt: null,
    ...overrides,
  };
}

/** Rust counts matches up to this many (`COUNT_CAP`), then says "1,000+". */
const COUNT_CAP = 1000;

/** A server that holds `total` customers and serves pages of them, counting them as Rust does. */
export function pagedCustomers(total: number, firstRows: Partial<CustomerListRow>[] = []) {
  const all = Array.from({ length: total }, (_, index) => customerRow(index + 1, firstRows[index] ?? {}));
  return ({ query }: CommandArgs<"search_customers">): CustomerPage => {
    const start = query.page * query.pageSize;
    return {
      rows: all.slice(start, start + query.pageSize),
      total: Math.min(total, COUNT_CAP),
      totalCapped: total > COUNT_CAP,
      page: query.page,
      pageSize: query.pageSize,
    };
  };
}

export function customerDetail(overrides: Partial<CustomerDetail> = {}): CustomerDetail {
  return {
    mergedFrom: null,
    customer: {
      id: "c0000000-0000-4000-8000-000000000001",
      name: "Jane Smith",
      phone: "0161 496 0000",
      email: "jane@example.co.uk",
      addressLine: "1 High Street",
      town: "Manchester",
      postcode: "M1 1AA",
      createdAt: "2024-01-10T10:00:00Z",
      deletedAt: null,
    },
    vehicles: [],
    workOrders: [],
    invoices: [],
    conversations: [],
    consentEvents: [],
    ...overrides,
  };
}

/** A session holding the given permissions (on top of nothing else). */
export function sessionWith(user: StaffMember, permissions: Permission[]): SessionInfo {
  return { sessionId: `session-${user.id}`, user, permissions };
}

/** Every permission an Owner holds by default (product.md §2). */
/** The owner holds every permission. */
export const OWNER_PERMISSIONS: Permission[] = [...PERMISSION_ORDER];
