import { useEffect } from "react";
import { uiReady } from "../ipc/commands";

let shown = false;
let pendingFrame: number | undefined;
let pendingTimeout: ReturnType<typeof setTimeout> | undefined;

/**
 * Tells Rust, once per page load, that the first interactive screen is showing: it logs the
 * start-up time, which the desktop benchmark reads. Main window only. Sent once the frame has
 * painted, the moment the bare-window baseline measures too.
 */
export function markFirstScreenShown(): void {
  if (shown) return;
  shown = true;
  pendingFrame = requestAnimationFrame(() => {
    pendingTimeout = setTimeout(() => {
      uiReady().catch((error: unknown) => console.error("ui_ready failed:", error));
    }, 0);
  });
}

/** Marks the first screen shown once `ready` is true (after the render that shows it). */
export function useFirstScreenShown(ready: boolean): void {
  useEffect(() => {
    if (ready) markFirstScreenShown();
  }, [ready]);
}

/** Tests only: behave as a fresh page load again, dropping a signal not yet sent. */
export function forgetFirstScreenShown(): void {
  if (pendingFrame !== undefined) cancelAnimationFrame(pendingFrame);
  clearTimeout(pendingTimeout);
  pendingFrame = undefined;
  pendingTimeout = undefined;
  shown = false;
}
