import { useEffect } from "react";

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT";
}

/** Escape or Alt+Left goes back, unless focus is in a field or an open menu or dialog handles the key. */
export function useBackKeys(goBack: () => void) {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isTextEntry(event.target)) return;
      if (event.target instanceof HTMLElement && event.target.closest('[role="menu"], [role="dialog"], [role="alertdialog"]')) return;
      const escape = event.key === "Escape" && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
      const altLeft = event.key === "ArrowLeft" && event.altKey && !event.ctrlKey && !event.metaKey;
      if (escape || altLeft) {
        event.preventDefault();
        goBack();
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [goBack]);
}
