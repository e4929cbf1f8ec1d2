import type { ReactNode } from "react";
import { ConversationCells, ConversationColumnHeads } from "../conversations/conversationColumns";
import { InvoiceCells, InvoiceColumnHeads } from "../invoices/invoiceColumns";
import { WorkOrderCells, WorkOrderColumnHeads } from "../workOrders/workOrderColumns";
import type { ListKind, ListRow } from "./listQueries";

/** Each list's test id and its empty state's titles (only open rows asked for, all rows). */
export const LIST_TEXT: Record<ListKind, { testId: string; emptyOpen: string; emptyAll: string }> = {
  work_orders: { testId: "work-order-list", emptyOpen: "work-orders-list-empty-open", emptyAll: "work-orders-list-empty" },
  invoices: { testId: "invoice-list", emptyOpen: "invoices-list-empty-open", emptyAll: "invoices-list-empty" },
  conversations: { testId: "conversation-list", emptyOpen: "conversations-list-empty-open", emptyAll: "conversations-list-empty" },
};

/** The headings of the leading columns: the row's number (conversations have none), and whose name it carries. */
export const LEADING_HEADINGS: Record<ListKind, { number: string | null; customer: string }> = {
  work_orders: { number: "work-order-column-number", customer: "list-column-customer" },
  invoices: { number: "invoice-column-number", customer: "list-column-customer-on-invoice" },
  conversations: { number: null, customer: "list-column-customer" },
};

/** The columns after those: the same ones the customer page shows. */
export const KIND_COLUMNS: { [K in ListKind]: { heads: ReactNode; cells: (row: ListRow<K>) => ReactNode } } = {
  work_orders: { heads: <WorkOrderColumnHeads />, cells: (row) => <WorkOrderCells order={row} /> },
  invoices: { heads: <InvoiceColumnHeads />, cells: (row) => <InvoiceCells invoice={row} /> },
  conversations: { heads: <ConversationColumnHeads />, cells: (row) => <ConversationCells conversation={row} /> },
};
