import { FluentBundle, FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import type { Locale } from "../ipc/bindings";
import { SUPPORTED_LOCALES } from "./locales";

// L3: every message id exists in all three locales, and the UI uses every id it defines.
const uiFiles = import.meta.glob<string>("../../../locales/*/ui.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
});
const sources = import.meta.glob<string>(["../**/*.ts", "../**/*.tsx", "!../**/*.test.ts", "!../**/*.test.tsx", "!../testing/**"], {
  query: "?raw",
  import: "default",
  eager: true,
});

function uiSource(locale: Locale): string {
  const entry = Object.entries(uiFiles).find(([path]) => path.endsWith(`/locales/${locale}/ui.ftl`));
  if (!entry) throw new Error(`locales/${locale}/ui.ftl is missing`);
  return entry[1];
}

function messageIds(locale: Locale): string[] {
  return new FluentResource(uiSource(locale)).body.map((entry) => entry.id).sort();
}

const allSource = Object.values(sources).join("\n");

describe("ui.ftl message ids", () => {
  it("finds the UI sources and the three ui.ftl files", () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    expect(Object.keys(uiFiles)).toHaveLength(3);
  });

  it.each(SUPPORTED_LOCALES.filter((locale) => locale !== "en-GB"))("%s has exactly the en-GB ids", (locale) => {
    expect(messageIds(locale)).toEqual(messageIds("en-GB"));
  });

  it.each(SUPPORTED_LOCALES)("%s parses without errors", (locale) => {
    const bundle = new FluentBundle(locale, { useIsolating: false });
    expect(bundle.addResource(new FluentResource(uiSource(locale)))).toEqual([]);
  });

  it("uses every id as a literal string in the UI sources", () => {
    const unused = messageIds("en-GB").filter((id) => !allSource.includes(`"${id}"`));
    expect(unused).toEqual([]);
  });

  it("defines every id the code passes to t()", () => {
    const defined = new Set(messageIds("en-GB"));
    const called = [...allSource.matchAll(/\bt\("([a-zA-Z0-9-]+)"/g)].map((match) => match[1]!);
    expect(called.length).toBeGreaterThan(50);
    expect(called.filter((id) => !defined.has(id))).toEqual([]);
  });

  it("gives Polish counts all of one, few and many", () => {
    const bundle = new FluentBundle("pl", { useIsolating: false });
    bundle.addResource(new FluentResource(uiSource("pl")));
    const format = (id: string, count: number) =>
      bundle.formatPattern(bundle.getMessage(id)!.value!, { count, total: count });
    expect(format("vehicles-active-count", 1)).toBe("1 aktywny pojazd");
    expect(format("vehicles-active-count", 3)).toBe("3 aktywne pojazdy");
    expect(format("vehicles-active-count", 5)).toBe("5 aktywnych pojazdów");
    expect(format("vehicles-active-count", 22)).toBe("22 aktywne pojazdy");
    expect(format("customer-list-found", 1)).toBe("Znaleziono 1 klienta");
    expect(format("customer-list-found", 12)).toBe("Znaleziono 12 klientów");
  });

  it("uses Romanian 'de' from twenty upwards", () => {
    const bundle = new FluentBundle("ro", { useIsolating: false });
    bundle.addResource(new FluentResource(uiSource("ro")));
    const format = (count: number) => bundle.formatPattern(bundle.getMessage("vehicles-active-count")!.value!, { count });
    expect(format(1)).toBe("1 vehicul activ");
    expect(format(3)).toBe("3 vehicule active");
    expect(format(20)).toBe("20 de vehicule active");
  });
});
