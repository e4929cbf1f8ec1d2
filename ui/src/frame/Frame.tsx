import { useState, type ReactNode } from "react";
import { useNavigation, type SectionScreen } from "../app/navigation";
import { hasPermission, useSignedInSession } from "../app/signedInSession";
import { useI18n } from "../i18n/i18nContext";
import { SyncProblemsBanner } from "../sync/SyncProblemsBanner";
import { SyncProblemsDialog } from "../sync/SyncProblemsDialog";
import { SyncStatusIndicator } from "../sync/SyncStatusIndicator";
import { UserMenu } from "./UserMenu";
import "./frame.css";

const SECTIONS: readonly { screen: SectionScreen; label: string; testId: string }[] = [
  { screen: "work-orders", label: "nav-work-orders", testId: "nav-work-orders" },
  { screen: "invoices", label: "nav-invoices", testId: "nav-invoices" },
  { screen: "conversations", label: "nav-conversations", testId: "nav-conversations" },
];

/** The signed-in frame: navigation on the left; search, the sync status and the user menu on top. */
export function Frame({ search, children }: { search: ReactNode; children: ReactNode }) {
  const { t } = useI18n();
  const session = useSignedInSession();
  const { route, showCustomerList, showSection } = useNavigation();
  const [syncProblemsOpen, setSyncProblemsOpen] = useState(false);
  const onCustomers = route.screen === "customer-list" || route.screen === "customer";
  const sections = hasPermission(session, "staff.manage_permissions")
    ? [...SECTIONS, { screen: "staff-permissions" as const, label: "nav-staff-permissions", testId: "nav-staff-permissions" }]
    : SECTIONS;

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
          {sections.map((section) => (
            <li key={section.screen}>
              <button
                type="button"
                className="frame__nav-item"
                data-testid={section.testId}
                aria-current={route.screen === section.screen ? "page" : undefined}
                onClick={() => showSection(section.screen)}
              >
                {t(section.label)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <header className="frame__top-bar">
        {search}
        <div className="frame__top-end">
          <SyncStatusIndicator onShowProblems={() => setSyncProblemsOpen(true)} />
          <UserMenu />
        </div>
      </header>
      <main id="main-content" className="frame__main" tabIndex={-1}>
        <SyncProblemsBanner onShow={() => setSyncProblemsOpen(true)} />
        {children}
      </main>
      <SyncProblemsDialog open={syncProblemsOpen} onOpenChange={setSyncProblemsOpen} />
    </div>
  );
}
