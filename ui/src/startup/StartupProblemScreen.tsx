import { getCurrentWindow } from "@tauri-apps/api/window";
import { useI18n } from "../i18n/i18nContext";
import type { IpcError } from "../ipc/bindings";
import "./startupProblem.css";

function closeWindow() {
  getCurrentWindow()
    .close()
    .catch((error: unknown) => console.error("Could not close the window:", error));
}

/** The desk could not open: Rust's message as given (it names the file and line) for IT. */
export function StartupProblemScreen({ problem }: { problem: IpcError }) {
  const { t } = useI18n();
  return (
    <main className="card-screen" data-testid="startup-problem" data-code={problem.code}>
      <div className="card-screen__panel startup-problem__panel">
        <h1 className="card-screen__heading">{t("startup-problem-heading")}</h1>
        <p className="startup-problem__message" data-testid="startup-problem-message">
          {problem.message}
        </p>
        <p className="startup-problem__call-it">{t("startup-problem-call-it")}</p>
        <button type="button" className="button button--secondary" onClick={closeWindow}>
          {t("startup-problem-close")}
        </button>
      </div>
    </main>
  );
}
