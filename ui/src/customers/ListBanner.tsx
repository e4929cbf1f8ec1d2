import type { ReactNode } from "react";
import { useNavigation } from "../app/navigation";
import { DismissButton } from "../display/DismissButton";

/**
 * A notice at the top of the customer list (deleted, restored): a title, what happened, then
 * `children`; its actions end with Dismiss. An error is read out at once, the rest politely.
 */
export function ListBanner({
  testId,
  tone,
  phase,
  title,
  body,
  children,
  actions,
  onDismiss,
  dismissTestId,
}: {
  testId: string;
  tone?: "error" | "warning";
  phase?: string;
  title: string;
  body: string;
  children?: ReactNode;
  actions?: ReactNode;
  onDismiss: () => void;
  dismissTestId: string;
}) {
  const urgent = tone === "error";
  return (
    <div
      className={tone ? `list-banner list-banner--${tone}` : "list-banner"}
      data-testid={testId}
      data-phase={phase}
      role={urgent ? "alert" : "status"}
      aria-live={urgent ? "assertive" : "polite"}
    >
      <div className="list-banner__text">
        <strong>{title}</strong> <span>{body}</span>
        {children}
      </div>
      <div className="list-banner__actions">
        {actions}
        <DismissButton testId={dismissTestId} onClick={onDismiss} />
      </div>
    </div>
  );
}

/** The banner's link to the customer it is about. */
export function BannerCustomerLink({ customerId, testId, children }: { customerId: string; testId: string; children: string }) {
  const { openCustomer } = useNavigation();
  return (
    <>
      {" "}
      <button type="button" className="link-button" data-testid={testId} onClick={() => openCustomer(customerId)}>
        {children}
      </button>
    </>
  );
}
