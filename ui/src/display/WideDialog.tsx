import * as Dialog from "@radix-ui/react-dialog";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18nContext";

/** A wide dialog: its title, its content while open, and Close. */
export function WideDialog({
  open,
  onOpenChange,
  testId,
  title,
  closeTestId,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  testId: string;
  title: string;
  closeTestId?: string;
  /** Mounted only while open. */
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog--wide" data-testid={testId} aria-describedby={undefined}>
          <Dialog.Title className="dialog__title">{title}</Dialog.Title>
          {open && children}
          <Dialog.Close className="dialog__close button button--secondary" data-testid={closeTestId}>
            {t("action-close")}
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
