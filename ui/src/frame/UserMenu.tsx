import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { useSetMyLocale, useSignOut } from "../app/session";
import { useSignedInSession } from "../app/signedInSession";
import { useI18n } from "../i18n/i18nContext";
import { isSupportedLocale, SUPPORTED_LOCALES } from "../i18n/locales";
import type { Locale } from "../ipc/bindings";
import { errorText } from "../ipc/errorText";
import { ROLE_LABEL } from "../staff/roleLabels";
import "./userMenu.css";

/** Each language by its own name. */
const LANGUAGE_LABEL: Record<Locale, string> = { "en-GB": "language-en-GB", pl: "language-pl", ro: "language-ro" };

/** The signed-in person, with switch user, language and sign out. */
export function UserMenu() {
  const { t } = useI18n();
  const { user } = useSignedInSession();
  const signOut = useSignOut();
  const setLocale = useSetMyLocale();
  const failure = signOut.error ?? setLocale.error;

  return (
    <div className="user-menu">
      {failure && (
        <p className="user-menu__error" role="alert">
          {errorText(failure, t)}
        </p>
      )}
      <DropdownMenu.Root>
        <DropdownMenu.Trigger asChild>
          <button type="button" className="user-menu__trigger" data-testid="user-menu">
            <span className="user-menu__who">
              <span className="user-menu__name" data-testid="signed-in-name">
                {user.displayName}
              </span>
              <span className="user-menu__role">{t(ROLE_LABEL[user.role])}</span>
            </span>
            <span className="user-menu__chevron" aria-hidden="true">
              ▾
            </span>
          </button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="menu" align="end" sideOffset={6} loop>
            <DropdownMenu.Item
              className="menu__item"
              data-testid="menu-switch-user"
              onSelect={() => signOut.mutate()}
            >
              {t("menu-switch-user")}
            </DropdownMenu.Item>
            <DropdownMenu.Separator className="menu__separator" />
            <DropdownMenu.Label className="menu__label" id="menu-language-label">
              {t("menu-language")}
            </DropdownMenu.Label>
            <DropdownMenu.RadioGroup
              aria-labelledby="menu-language-label"
              value={user.locale}
              onValueChange={(value) => {
                if (isSupportedLocale(value) && value !== user.locale) setLocale.mutate(value);
              }}
            >
              {SUPPORTED_LOCALES.map((locale) => (
                <DropdownMenu.RadioItem
                  key={locale}
                  className="menu__item menu__item--radio"
                  value={locale}
                  lang={locale}
                  data-testid={`menu-language-${locale}`}
                >
                  <DropdownMenu.ItemIndicator className="menu__indicator">✓</DropdownMenu.ItemIndicator>
                  {t(LANGUAGE_LABEL[locale])}
                </DropdownMenu.RadioItem>
              ))}
            </DropdownMenu.RadioGroup>
            <DropdownMenu.Separator className="menu__separator" />
            <DropdownMenu.Item className="menu__item" data-testid="menu-sign-out" onSelect={() => signOut.mutate()}>
              {t("menu-sign-out")}
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
    </div>
  );
}
