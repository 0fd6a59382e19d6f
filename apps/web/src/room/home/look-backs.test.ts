import type { ReviewMark, SessionSummary, StoredRecap } from "@repair-room/protocol";
import { describe, expect, it } from "vitest";
import { lookBacks, lookBackSentence, marksByPartner, marksPhrase } from "./look-backs";

const names = { partnerA: "Sam", partnerB: "Alex" };
const step = (what: string) => ({ kind: "step" as const, who: "both" as const, what, byWhen: "2026-03-20", carried: false });

function recap(ordinal: number, marks?: { partnerA: (ReviewMark | null)[]; partnerB: (ReviewMark | null)[] }): StoredRecap {
  return {
    recapVersion: 1,
    topic: "What I said at dinner",
    names,
    ordinal,
    kind: ordinal === 1 ? "first" : "followUp",
    format: "full",
    openedAt: 0,
    closedAt: 1,
    review: marks ? { items: marks.partnerA.map((_, i) => step(`step ${i}`)), marks, appreciations: { partnerA: null, partnerB: null } } : null,
    checkIns: null,
    rounds: [],
    intentions: { partnerA: null, partnerB: null },
    acknowledgements: { partnerA: null, partnerB: null },
    agreements: { agreedTrue: "", unclear: "", nextSteps: [], practice: "" },
    appreciations: { partnerA: null, partnerB: null },
    approvedVersion: 1,
    pauses: [],
    breaks: [],
    timeline: [],
  };
}

function session(ordinal: number, stored: StoredRecap | null): SessionSummary {
  return { ordinal, kind: ordinal === 1 ? "first" : "followUp", phase: stored ? "closed" : "checkIn", openedAt: 0, closedAt: stored ? 1 : null, recap: stored };
}

describe("how the next steps went", () => {
  const history = [
    session(3, recap(3, { partnerA: ["kept", "kept"], partnerB: ["kept", "kept"] })),
    session(1, recap(1)),
    session(2, recap(2, { partnerA: ["kept", "partly", "kept"], partnerB: ["kept", "notYet", "partly"] })),
    session(4, null),
  ];

  it("counts each partner's marks for every closed follow-up, oldest first", () => {
    const looks = lookBacks(history);
    expect(looks.map((l) => [l.ordinal, l.fromOrdinal, l.steps, l.bothKept])).toEqual([
      [2, 1, 3, 1],
      [3, 2, 2, 2],
    ]);
    expect(looks[0]?.marks).toEqual({
      partnerA: { kept: 2, partly: 1, notYet: 0, unmarked: 0 },
      partnerB: { kept: 1, partly: 1, notYet: 1, unmarked: 0 },
    });
  });

  it("leaves out sessions without a look back: the first, one still open, one with no steps to review", () => {
    expect(lookBacks([session(1, recap(1)), session(2, null), session(3, recap(3, { partnerA: [], partnerB: [] }))])).toEqual([]);
  });

  it("says it in one plain sentence, to the partners and to the coach", () => {
    const [second, third] = lookBacks(history);
    expect(lookBackSentence(second!, "partnerA", names)).toBe("Of 3 next steps from session 1, you both kept 1.");
    expect(lookBackSentence(second!, "observer", names)).toBe("Of 3 next steps from session 1, Sam and Alex both kept 1.");
    expect(lookBackSentence(third!, "partnerB", names)).toBe("You both kept all 2 next steps from session 2.");
    expect(lookBackSentence(third!, "observer", names)).toBe("Sam and Alex both kept all 2 next steps from session 2.");
    const one = lookBacks([session(2, recap(2, { partnerA: ["kept"], partnerB: ["kept"] }))])[0]!;
    expect(lookBackSentence(one, "partnerA", names)).toBe("You both kept the one next step from session 1.");
    const none = lookBacks([session(2, recap(2, { partnerA: ["partly", "kept"], partnerB: ["kept", "notYet"] }))])[0]!;
    expect(lookBackSentence(none, "partnerA", names)).toBe("Of 2 next steps from session 1, you haven't both kept one yet.");
  });

  it("gives each partner's own marks, the viewer first as 'You'", () => {
    const [second] = lookBacks(history);
    expect(marksByPartner(second!, "partnerB", names)).toEqual([
      { partner: "partnerB", name: "You", phrase: "1 kept, 1 partly, 1 not yet" },
      { partner: "partnerA", name: "Sam", phrase: "2 kept, 1 partly" },
    ]);
    expect(marksByPartner(second!, "observer", names).map((m) => m.name)).toEqual(["Sam", "Alex"]);
    expect(marksPhrase({ kept: 0, partly: 0, notYet: 0, unmarked: 0 })).toBe("nothing marked");
    expect(marksPhrase({ kept: 0, partly: 0, notYet: 0, unmarked: 2 })).toBe("2 not marked");
  });
});
