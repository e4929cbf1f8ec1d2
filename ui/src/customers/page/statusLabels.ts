// Message ids and colours for each status the Rust side sends. Explicit maps, never built ids.
import type { StatusTone } from "../../display/StatusLabel";
import type {
  Channel,
  ConsentChannel,
  ConsentKind,
  ConsentSource,
  ConversationStatus,
  InvoiceStatus,
  WorkOrderStatus,
} from "../../ipc/bindings";

export const WORK_ORDER_STATUS_LABEL: Record<WorkOrderStatus, string> = {
  booked: "work-order-status-booked",
  in_progress: "work-order-status-in-progress",
  awaiting_parts: "work-order-status-awaiting-parts",
  awaiting_authorisation: "work-order-status-awaiting-authorisation",
  ready_for_collection: "work-order-status-ready-for-collection",
  completed: "work-order-status-completed",
  closed: "work-order-status-closed",
  cancelled: "work-order-status-cancelled",
};

export const WORK_ORDER_STATUS_TONE: Record<WorkOrderStatus, StatusTone> = {
  booked: "info",
  in_progress: "progress",
  awaiting_parts: "warning",
  awaiting_authorisation: "warning",
  ready_for_collection: "success",
  completed: "neutral",
  closed: "neutral",
  cancelled: "neutral",
};

export const INVOICE_STATUS_LABEL: Record<InvoiceStatus, string> = {
  draft: "invoice-status-draft",
  issued: "invoice-status-issued",
  paid: "invoice-status-paid",
  void: "invoice-status-void",
  written_off: "invoice-status-written-off",
};

export const INVOICE_STATUS_TONE: Record<InvoiceStatus, StatusTone> = {
  draft: "neutral",
  issued: "info",
  paid: "success",
  void: "neutral",
  written_off: "neutral",
};

export const CONVERSATION_STATUS_LABEL: Record<ConversationStatus, string> = {
  open: "conversation-status-open",
  snoozed: "conversation-status-snoozed",
  closed: "conversation-status-closed",
};

export const CONVERSATION_STATUS_TONE: Record<ConversationStatus, StatusTone> = {
  open: "info",
  snoozed: "warning",
  closed: "neutral",
};

export const CHANNEL_LABEL: Record<Channel, string> = {
  sms: "channel-sms",
  email: "channel-email",
};

export const CONSENT_CHANNEL_LABEL: Record<ConsentChannel, string> = {
  sms: "consent-channel-sms",
  email: "consent-channel-email",
  post: "consent-channel-post",
  phone: "consent-channel-phone",
};

export const CONSENT_KIND_LABEL: Record<ConsentKind, string> = {
  given: "consent-kind-given",
  withdrawn: "consent-kind-withdrawn",
};

export const CONSENT_KIND_TONE: Record<ConsentKind, StatusTone> = {
  given: "success",
  withdrawn: "warning",
};

export const CONSENT_SOURCE_LABEL: Record<ConsentSource, string> = {
  front_desk: "consent-source-front-desk",
  phone: "consent-source-phone",
  web_form: "consent-source-web-form",
  email_link: "consent-source-email-link",
  import: "consent-source-import",
};
