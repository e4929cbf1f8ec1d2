import { useId } from "react";
import { useI18n } from "../i18n/i18nContext";
import type { DownloadProgress } from "../ipc/bindings";
import "./sync.css";

/** The initial download of the garage from the central server, as a labelled progress bar. */
export function SyncDownloadProgress({ download, variant }: { download: DownloadProgress; variant: "top-bar" | "panel" }) {
  const { t } = useI18n();
  const id = useId();
  const known = download.total > 0;
  const received = Math.min(download.received, download.total);
  return (
    <div className={`sync-download sync-download--${variant}`} data-testid="sync-download">
      <label htmlFor={id} className="sync-download__label">
        {known ? t("sync-download", { received, total: download.total }) : t("sync-download-starting")}
      </label>
      {/* Without a total the bar is indeterminate. */}
      <progress
        id={id}
        className="sync-download__bar"
        max={known ? download.total : undefined}
        value={known ? received : undefined}
      />
    </div>
  );
}
