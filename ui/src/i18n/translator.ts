import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { Locale } from "../ipc/bindings";
import { localeFilesFor } from "./localeFiles";
import { FALLBACK_LOCALE } from "./locales";

export type MessageArgs = Record<string, FluentVariable>;
export type Translate = (id: string, args?: MessageArgs) => string;

const bundleCache = new Map<Locale, FluentBundle>();

export function bundleFor(locale: Locale): FluentBundle {
  const cached = bundleCache.get(locale);
  if (cached) return cached;
  const bundle = new FluentBundle(locale, { useIsolating: false });
  for (const file of localeFilesFor(locale)) {
    const errors = bundle.addResource(new FluentResource(file.source));
    for (const error of errors) {
      console.error(`Fluent error in ${file.path}:`, error);
    }
  }
  bundleCache.set(locale, bundle);
  return bundle;
}

/** Formats a message from the locale's bundle, falling back to en-GB. */
export function createTranslate(locale: Locale): Translate {
  const bundles =
    locale === FALLBACK_LOCALE ? [bundleFor(locale)] : [bundleFor(locale), bundleFor(FALLBACK_LOCALE)];
  return (id, args) => {
    for (const bundle of bundles) {
      const message = bundle.getMessage(id);
      if (message?.value) {
        const errors: Error[] = [];
        const text = bundle.formatPattern(message.value, args ?? null, errors);
        if (errors.length > 0) console.error(`Fluent error formatting ${id}:`, errors);
        return text;
      }
    }
    console.error(`Missing Fluent message: ${id}`);
    return id;
  };
}
