import { useLayoutEffect } from "react";
import { uiReady } from "../ipc/commands";

let shown = false;
let pendingFrame: number | undefined;
let pendingTimeout: ReturnType<typeof setTimeout> | undefined;

/**
 * Tells Rust, once per page load, that the first interactive screen is showing: it logs the
 * start-up time, which the desktop benchmark reads. Main window only. Called once the screen is
 * in the DOM, before the browser renders it: the next animation frame is the one that paints it,
 * and the task after that frame sends the signal. The bare-window baseline signals the same way
 * (animation frame after `load`, then a task).
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

/**
 * Marks the first screen shown once `ready` is true, in the layout effect of the render that
 * shows it (a passive effect runs after that frame, and waiting for the next one would count a
 * frame the user has already seen).
 */
export function useFirstScreenShown(ready: boolean): void {
  useLayoutEffect(() => {
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
