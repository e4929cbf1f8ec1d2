import { describe, expect, it } from "vitest";
import { tokenMatches } from "./confirmToken";

describe("D7 confirmation token (courtesy check)", () => {
  it("D7 trims spaces and is case-sensitive", () => {
    expect(tokenMatches("  DELETE ", "DELETE", "en-GB")).toBe(true);
    expect(tokenMatches("delete", "DELETE", "en-GB")).toBe(false);
    expect(tokenMatches("DELET", "DELETE", "en-GB")).toBe(false);
    expect(tokenMatches("", "", "en-GB")).toBe(false);
  });

  it("D7 normalises to NFC, so a decomposed Ń matches USUŃ", () => {
    expect(tokenMatches("USUN\u0301", "USU\u0143", "pl")).toBe(true);
    expect(tokenMatches("USUN", "USU\u0143", "pl")).toBe(false);
  });

  it("D7 accepts the cedilla Ş for the comma-below Ș in Romanian only", () => {
    expect(tokenMatches("\u015ETERGE", "\u0218TERGE", "ro")).toBe(true);
    expect(tokenMatches("\u0218TERGE", "\u0218TERGE", "ro")).toBe(true);
    expect(tokenMatches("\u015ETERGE", "\u0218TERGE", "en-GB")).toBe(false);
    expect(tokenMatches("STERGE", "\u0218TERGE", "ro")).toBe(false);
  });
});
