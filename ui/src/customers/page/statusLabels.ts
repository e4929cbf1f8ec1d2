// Message ids and colours for each status the Rust side sends. Explicit maps, never built ids.
import type { StatusLook } from "../../display/StatusLabel";
import type {
  Channel,
  ConsentChannel,
  ConsentKind,
  ConsentSource,
  ConversationStatus,
  InvoiceStatus,
  WorkOrderStatus,
} from "../../ipc/bindings";

export const WORK_ORDER_STATUS: Record<WorkOrderStatus, StatusLook> = {
  booked: { label: "work-order-status-booked", tone: "info" },
  in_progress: { label: "work-order-status-in-progress", tone: "progress" },
  awaiting_parts: { label: "work-order-status-awaiting-parts", tone: "warning" },
  awaiting_authorisation: { label: "work-order-status-awaiting-authorisation", tone: "warning" },
  ready_for_collection: { label: "work-order-status-ready-for-collection", tone: "success" },
  completed: { label: "work-order-status-completed", tone: "neutral" },
  closed: { label: "work-order-status-closed", tone: "neutral" },
  cancelled: { label: "work-order-status-cancelled", tone: "neutral" },
};

export const INVOICE_STATUS: Record<InvoiceStatus, StatusLook> = {
  draft: { label: "invoice-status-draft", tone: "neutral" },
  issued: { label: "invoice-status-issued", tone: "info" },
  paid: { label: "invoice-status-paid", tone: "success" },
  void: { label: "invoice-status-void", tone: "neutral" },
  written_off: { label: "invoice-status-written-off", tone: "neutral" },
};

export const CONVERSATION_STATUS: Record<ConversationStatus, StatusLook> = {
  open: { label: "conversation-status-open", tone: "info" },
  snoozed: { label: "conversation-status-snoozed", tone: "warning" },
  closed: { label: "conversation-status-closed", tone: "neutral" },
};

export const CONSENT_KIND: Record<ConsentKind, StatusLook> = {
  given: { label: "consent-kind-given", tone: "success" },
  withdrawn: { label: "consent-kind-withdrawn", tone: "warning" },
};

export const CHANNEL_LABEL: Record<Channel, string> = { sms: "channel-sms", email: "channel-email" };

export const CONSENT_CHANNEL_LABEL: Record<ConsentChannel, string> = {
  sms: "consent-channel-sms",
  email: "consent-channel-email",
  post: "consent-channel-post",
  phone: "consent-channel-phone",
};

export const CONSENT_SOURCE_LABEL: Record<ConsentSource, string> = {
  front_desk: "consent-source-front-desk",
  phone: "consent-source-phone",
  web_form: "consent-source-web-form",
  email_link: "consent-source-email-link",
  import: "consent-source-import",
};
