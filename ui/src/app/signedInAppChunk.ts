import { lazy } from "react";

/**
 * The signed-in app is a chunk of its own: the first screen (sign-in) neither parses nor holds it,
 * which is most of start-up's script and of the idle web process's memory (issue 10). It is loaded
 * once someone is picked to sign in, while their PIN is typed and checked.
 */
export function loadSignedInApp() {
  return import("./SignedInApp");
}

export const LazySignedInApp = lazy(() => loadSignedInApp().then((module) => ({ default: module.SignedInApp })));
