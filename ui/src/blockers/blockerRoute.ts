import type { BlockerKind } from "../ipc/bindings";

export type BlockerRoute = { kind: BlockerKind; customerId: string };

const BLOCKER_HASH = /^#\/blockers\/(work_orders|invoices|conversations)\/([0-9A-Za-z-]+)\/?$/;

/** D4: Rust opens blocker windows at index.html#/blockers/<kind>/<customerId>. */
export function parseBlockerRoute(hash: string): BlockerRoute | null {
  const match = BLOCKER_HASH.exec(hash);
  if (!match) return null;
  return { kind: match[1] as BlockerKind, customerId: match[2]! };
}
