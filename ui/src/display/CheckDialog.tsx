import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useRef, type ReactNode } from "react";

/**
 * The alert dialog around a body that runs Rust's check (delete, restore) each time it opens.
 * Focus rests on the dialog until the body moves it, once the check has loaded.
 */
export function CheckDialog({
  open,
  onOpenChange,
  testId,
  title,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  testId: string;
  title: string;
  /** Mounted only while open, so every opening checks afresh. */
  children: ReactNode;
}) {
  const contentRef = useRef<HTMLDivElement>(null);
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content
          ref={contentRef}
          className="dialog"
          data-testid={testId}
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            contentRef.current?.focus();
          }}
        >
          <AlertDialog.Title className="dialog__title">{title}</AlertDialog.Title>
          {open && children}
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
