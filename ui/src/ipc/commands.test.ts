import { invoke } from "@tauri-apps/api/core";
import { describe, expect, expectTypeOf, it, vi } from "vitest";
import type { SessionInfo, StaffMember } from "./bindings";
import { call } from "./commands";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn(async () => null) }));

describe("call", () => {
  it("hands Tauri the command and its arguments as they are, and nothing for a command without any", async () => {
    await call("sign_in", { staffId: "s", pin: "1234" });
    await call("list_staff");
    expect(vi.mocked(invoke).mock.calls).toEqual([["sign_in", { staffId: "s", pin: "1234" }], ["list_staff"]]);
  });

  it("takes its types from the Rust declaration (checked by tsc, never run)", () => {
    const typed = () => {
      expectTypeOf(call("sign_in", { staffId: "s", pin: "1234" })).resolves.toEqualTypeOf<SessionInfo>();
      expectTypeOf(call("list_staff")).resolves.toEqualTypeOf<StaffMember[]>();
      // @ts-expect-error an argument named as in Rust, not as on the wire
      void call("sign_in", { staff_id: "s", pin: "1234" });
      // @ts-expect-error an argument of the wrong type
      void call("get_customer", { customerId: 7 });
      // @ts-expect-error a missing argument
      void call("get_customer");
      // @ts-expect-error arguments for a command that takes none
      void call("list_staff", { customerId: "c" });
      // @ts-expect-error a command Rust does not declare
      void call("drop_database");
    };
    expect(typed).toBeInstanceOf(Function);
  });
});
