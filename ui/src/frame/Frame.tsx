import type { ReactNode } from "react";
import { useNavigation } from "../app/navigation";
import { useI18n } from "../i18n/i18nContext";
import { UserMenu } from "./UserMenu";
import "./frame.css";

/** The signed-in frame: navigation on the left, search and the user menu on top. */
export function Frame({ search, children }: { search: ReactNode; children: ReactNode }) {
  const { t } = useI18n();
  const { route, showCustomerList } = useNavigation();
  const onCustomers = route.screen === "customer-list" || route.screen === "customer";

  return (
    <div className="frame">
      <a className="skip-link" href="#main-content">
        {t("skip-to-content")}
      </a>
      <nav className="frame__nav" aria-label={t("nav-label")}>
        <p className="frame__brand">{t("app-title")}</p>
        <ul className="frame__nav-list">
          <li>
            <button
              type="button"
              className="frame__nav-item"
              data-testid="nav-customers"
              aria-current={onCustomers ? "page" : undefined}
              onClick={showCustomerList}
            >
              {t("nav-customers")}
            </button>
          </li>
        </ul>
      </nav>
      <header className="frame__top-bar">
        {search}
        <UserMenu />
      </header>
      <main id="main-content" className="frame__main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
