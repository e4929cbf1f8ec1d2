import type { Locale } from "../ipc/bindings";
import { isSupportedLocale } from "./locales";

// Every locales/<locale>/*.ftl file, the same files the Rust side reads.
const rawFiles = import.meta.glob<string>("../../../locales/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
});

export type LocaleFile = { path: string; source: string };

function localeOfPath(path: string): string | undefined {
  const parts = path.split("/");
  return parts[parts.length - 2];
}

export function localeFilesFor(locale: Locale): LocaleFile[] {
  return Object.entries(rawFiles)
    .filter(([path]) => {
      const dir = localeOfPath(path);
      return dir !== undefined && isSupportedLocale(dir) && dir === locale;
    })
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, source]) => ({ path, source }));
}
