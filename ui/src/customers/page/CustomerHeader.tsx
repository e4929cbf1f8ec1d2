import { forwardRef, type ReactNode } from "react";
import { useI18n } from "../../i18n/i18nContext";
import type { Customer } from "../../ipc/bindings";

type ContactItem = { key: string; label: string; value: string };

function contactItems(customer: Customer, t: (id: string) => string): ContactItem[] {
  const address = [customer.addressLine, customer.town].filter((part): part is string => !!part).join(", ");
  const items: (ContactItem | null)[] = [
    customer.phone ? { key: "phone", label: t("contact-phone"), value: customer.phone } : null,
    customer.email ? { key: "email", label: t("contact-email"), value: customer.email } : null,
    address ? { key: "address", label: t("contact-address"), value: address } : null,
    customer.postcode ? { key: "postcode", label: t("contact-postcode"), value: customer.postcode } : null,
  ];
  return items.filter((item): item is ContactItem => item !== null);
}

/** Name large, contact details on one line beneath, actions on the right. */
export const CustomerHeader = forwardRef<HTMLHeadingElement, { customer: Customer; actions?: ReactNode }>(
  function CustomerHeader({ customer, actions }, headingRef) {
    const { t } = useI18n();
    const items = contactItems(customer, t);
    return (
      <header className="customer-header">
        <div className="customer-header__identity">
          <h1 ref={headingRef} tabIndex={-1} className="customer-header__name" data-testid="customer-name">
            {customer.name}
          </h1>
          {items.length > 0 ? (
            <ul className="contact-line" aria-label={t("contact-details-label")}>
              {items.map((item) => (
                <li key={item.key} className="contact-line__item" data-testid={`contact-${item.key}`}>
                  <span className="visually-hidden">{item.label}: </span>
                  {item.value}
                </li>
              ))}
            </ul>
          ) : (
            <p className="contact-line contact-line--empty">{t("contact-none")}</p>
          )}
        </div>
        <div className="customer-header__actions" data-testid="customer-actions">
          {actions}
        </div>
      </header>
    );
  },
);
