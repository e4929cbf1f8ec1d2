import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { createQueryClient } from "./app/queryClient";
import { BlockerApp } from "./blockers/BlockerApp";
import { parseBlockerRoute } from "./blockers/blockerRoute";
import "./app/base.css";

function start() {
  const root = document.getElementById("root");
  if (!root) throw new Error("#root is missing from index.html");
  const queryClient = createQueryClient();
  // Blocker windows load the same bundle at #/blockers/<kind>/<customerId> (D4).
  const blockerRoute = parseBlockerRoute(window.location.hash);
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        {blockerRoute ? <BlockerApp route={blockerRoute} /> : <App />}
      </QueryClientProvider>
    </StrictMode>,
  );
}

start();
