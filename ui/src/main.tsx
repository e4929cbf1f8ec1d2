import { AppStarting } from "./startup/AppStarting";
import { QueryClientProvider } from "@tanstack/react-query";
import { lazy, StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { createQueryClient } from "./app/queryClient";
import { parseBlockerRoute } from "./blockers/blockerRoute";
import { prefetchFirstScreen } from "./startup/firstScreenData";
import "./app/base.css";

// Blocker windows are a chunk of their own: the main window never loads it.
const BlockerApp = lazy(() => import("./blockers/BlockerApp").then((module) => ({ default: module.BlockerApp })));

function start() {
  const root = document.getElementById("root");
  if (!root) throw new Error("#root is missing from index.html");
  const queryClient = createQueryClient();
  // Blocker windows load the same bundle at #/blockers/<kind>/<customerId> (D4).
  const blockerRoute = parseBlockerRoute(window.location.hash);
  if (!blockerRoute) prefetchFirstScreen(queryClient);
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        {blockerRoute ? (
          <Suspense fallback={<AppStarting />}>
            <BlockerApp route={blockerRoute} />
          </Suspense>
        ) : (
          <App />
        )}
      </QueryClientProvider>
    </StrictMode>,
  );
}

start();
