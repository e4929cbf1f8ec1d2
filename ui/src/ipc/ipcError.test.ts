import { describe, expect, it } from "vitest";

import { isIpcError } from "./ipcError";

describe("isIpcError", () => {
  it("accepts every code Rust sends, including issue 9's proof and lock-out codes", () => {
    for (const code of ["wrong_pin", "device_locked_out", "proof_missing", "proof_invalid", "credential_revoked"]) {
      expect(isIpcError({ code, message: "localised by Rust" })).toBe(true);
    }
  });

  it("refuses what is not a Rust error", () => {
    expect(isIpcError({ code: "made_up", message: "x" })).toBe(false);
    expect(isIpcError({ code: "toString", message: "x" })).toBe(false);
    expect(isIpcError({ code: "wrong_pin" })).toBe(false);
    expect(isIpcError("wrong_pin")).toBe(false);
    expect(isIpcError(null)).toBe(false);
  });
});
