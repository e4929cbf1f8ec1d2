import type { SyncConnection } from "../ipc/bindings";

/** The indicator's text for each connection, without and with changes waiting (S5). */
export const CONNECTION_LABEL: Record<SyncConnection, { idle: string; waiting: string }> = {
  standalone: { idle: "sync-status-standalone", waiting: "sync-status-standalone" },
  online: { idle: "sync-status-online", waiting: "sync-status-online-waiting" },
  syncing: { idle: "sync-status-syncing", waiting: "sync-status-syncing-waiting" },
  offline: { idle: "sync-status-offline", waiting: "sync-status-offline-waiting" },
  not_enrolled: { idle: "sync-status-not-enrolled", waiting: "sync-status-not-enrolled" },
  server_problem: { idle: "sync-status-server-problem", waiting: "sync-status-server-problem-waiting" },
};
