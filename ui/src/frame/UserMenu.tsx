import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { useSetMyLocale, useSignOut } from "../app/session";
import { useSignedInSession } from "../app/signedInSession";
import { useI18n } from "../i18n/i18nContext";
import { isSupportedLocale } from "../i18n/locales";
import { errorText } from "../ipc/errorText";
import { ROLE_LABEL } from "../staff/roleLabels";
import "./userMenu.css";

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
              <DropdownMenu.RadioItem
                className="menu__item menu__item--radio"
                value="en-GB"
                lang="en-GB"
                data-testid="menu-language-en-GB"
              >
                <DropdownMenu.ItemIndicator className="menu__indicator">✓</DropdownMenu.ItemIndicator>
                {t("language-en-GB")}
              </DropdownMenu.RadioItem>
              <DropdownMenu.RadioItem
                className="menu__item menu__item--radio"
                value="pl"
                lang="pl"
                data-testid="menu-language-pl"
              >
                <DropdownMenu.ItemIndicator className="menu__indicator">✓</DropdownMenu.ItemIndicator>
                {t("language-pl")}
              </DropdownMenu.RadioItem>
              <DropdownMenu.RadioItem
                className="menu__item menu__item--radio"
                value="ro"
                lang="ro"
                data-testid="menu-language-ro"
              >
                <DropdownMenu.ItemIndicator className="menu__indicator">✓</DropdownMenu.ItemIndicator>
                {t("language-ro")}
              </DropdownMenu.RadioItem>
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
