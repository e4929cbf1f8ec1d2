import { describe, expect, it } from "vitest";
import { createFormatters } from "./formatters";

describe("formatters", () => {
  it("formats en-GB dates as day/month/year", () => {
    expect(createFormatters("en-GB").date("2026-12-31T12:00:00Z")).toBe("31/12/2026");
  });

  it("formats pence as pounds in en-GB", () => {
    const { money } = createFormatters("en-GB");
    expect(money(123456)).toBe("£1,234.56");
    expect(money(5)).toBe("£0.05");
    expect(money(-2500)).toBe("-£25.00");
  });

  it("formats by the Polish and Romanian rules", () => {
    expect(createFormatters("pl").date("2026-12-31T12:00:00Z")).toBe("31.12.2026");
    expect(createFormatters("ro").date("2026-12-31T12:00:00Z")).toBe("31.12.2026");
    expect(createFormatters("pl").money(1234567).replace(/\s/g, " ")).toBe("12 345,67 £");
    expect(createFormatters("ro").money(1234567).replace(/\s/g, " ")).toBe("12.345,67 £");
  });
});
