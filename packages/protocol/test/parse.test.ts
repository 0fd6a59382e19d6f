import { describe, expect, it } from "vitest";
import { errorCodes, errorMessages } from "../src/errors.js";
import { intentSchema } from "../src/intents.js";
import { createRoomSchema } from "../src/messages/create-room.js";
import { parseOrRefuse } from "../src/parse.js";

describe("parsing at the edge", () => {
  it("trims names and topic", () => {
    const parsed = parseOrRefuse(createRoomSchema, { topic: "  Dishes ", partnerA: { name: " Sam" }, partnerB: { name: "Alex " } });
    expect(parsed).toEqual({ ok: true, value: { topic: "Dishes", partnerA: { name: "Sam" }, partnerB: { name: "Alex" } } });
  });

  it("names the field at fault and tells too long from wrong", () => {
    expect(parseOrRefuse(createRoomSchema, { topic: "x".repeat(121), partnerA: { name: "S" }, partnerB: { name: "A" } })).toMatchObject({
      ok: false,
      code: "too_long",
      field: "topic",
    });
    expect(parseOrRefuse(intentSchema, { actionId: "bad id!", type: "lobby.ready" })).toMatchObject({
      ok: false,
      code: "invalid_input",
      field: "actionId",
    });
  });

  it("has a plain message for every error code", () => {
    for (const code of errorCodes) {
      expect(errorMessages[code].length).toBeGreaterThan(10);
      expect(errorMessages[code]).not.toMatch(/[_{}]|undefined/);
    }
    for (const code of ["invalid_input", "too_long", "wrong_phase", "not_your_turn", "not_your_seat", "unknown_room", "link_revoked", "paused", "stale_version", "rate_limited", "unavailable"]) {
      expect(errorCodes).toContain(code);
    }
  });
});
