import { useEffect, useRef } from "react";
import { useNavigation } from "../app/navigation";
import { useI18n } from "../i18n/i18nContext";
import { useCustomerSearch } from "./customerSearchContext";
import { CUSTOMER_TABLE_ID } from "./CustomerTable";
import "./customerSearchBox.css";

/** The one search field in the top bar. Ctrl+K (Cmd+K) focuses it from anywhere. */
export function CustomerSearchBox() {
  const { t } = useI18n();
  const { route } = useNavigation();
  const { text, setText, handleListKey, activeRowId } = useCustomerSearch();
  const inputRef = useRef<HTMLInputElement>(null);
  const onList = route.screen === "customer-list";

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "k") {
        event.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <div className="search-box" role="search">
      <label htmlFor="customer-search" className="visually-hidden">
        {t("search-label")}
      </label>
      <input
        ref={inputRef}
        id="customer-search"
        data-testid="search-input"
        className="search-box__input"
        type="search"
        autoComplete="off"
        spellCheck={false}
        placeholder={t("search-placeholder")}
        aria-keyshortcuts="Control+K Meta+K"
        aria-controls={onList ? CUSTOMER_TABLE_ID : undefined}
        aria-activedescendant={onList ? activeRowId : undefined}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (onList) handleListKey(event);
        }}
      />
      <kbd className="search-box__shortcut" aria-hidden="true">
        {t("search-shortcut-hint")}
      </kbd>
    </div>
  );
}
