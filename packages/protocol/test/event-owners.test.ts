import { describe, expect, it } from "vitest";
import { eventOwners } from "../src/event-rules.js";
import { eventBodySchema } from "../src/events.js";
import { may, seatRights } from "../src/rules/seats.js";

describe("every event type has one owner", () => {
  it("is folded and described by exactly one module", () => {
    const owned = Object.entries(eventOwners).flatMap(([owner, rules]) => Object.keys(rules).map((type) => `${type} ← ${owner}`));
    const types = eventBodySchema.options.map((o) => o.shape.type.value as string);
    expect(owned.map((o) => o.split(" ← ")[0]).sort()).toEqual([...types].sort());
  });
});

describe("who may do what", () => {
  it("keeps notes for the coach, content and deleting for partners, pausing and new links for anyone", () => {
    const table = Object.fromEntries(
      Object.keys(seatRights).map((right) => [right, (["partnerA", "partnerB", "observer"] as const).filter((r) => may(r, right as keyof typeof seatRights))]),
    );
    expect(table).toEqual({
      writeContent: ["partnerA", "partnerB"],
      raisePause: ["partnerA", "partnerB", "observer"],
      stepAway: ["partnerA", "partnerB"],
      signalWriting: ["partnerA", "partnerB"],
      keepNotes: ["observer"],
      reissueLink: ["partnerA", "partnerB", "observer"],
      deleteRoom: ["partnerA", "partnerB"],
    });
  });
});
