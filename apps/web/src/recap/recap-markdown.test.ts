import type { StoredRecap } from "@repair-room/protocol";
import { describe, expect, it } from "vitest";
import { recapToMarkdown, words } from "./recap-markdown";
import { coachNotes, opened, parisClock, storedRecap } from "./recap.fixture";

const markdown = (recap: StoredRecap = storedRecap, notes?: typeof coachNotes) =>
  recapToMarkdown(recap, { clock: parisClock, ...(notes ? { notes } : {}) });

/** The text under one "## " heading, up to the next. */
function section(md: string, title: string): string {
  const start = md.indexOf(`## ${title}\n`);
  if (start < 0) throw new Error(`no section "${title}"`);
  const next = md.indexOf("\n## ", start + 3);
  return md.slice(start, next < 0 ? undefined : next);
}

describe("a recap as Markdown", () => {
  it("opens with the topic, who, which session and the day it closed", () => {
    expect(markdown().split("\n").slice(0, 3)).toEqual([
      "# What I said at dinner",
      "",
      "Our recap: Sam and Alex, session 1. Closed on Sunday, 22 November 2026.",
    ]);
  });

  it("keeps the agreement's sections in the page's order, with their words and line breaks", () => {
    const md = markdown();
    const order = ["What we agree is true", "What remains unclear", "Next steps", "Our practice or boundary", "What we appreciated", "How we felt at the start", "What we shared", "What we intended", "Pauses", "Everything that happened, in order"];
    const at = order.map((title) => md.indexOf(`## ${title}\n`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(section(md, "What we agree is true")).toContain("We both wanted a good evening.  \nNeither of us meant to hurt the other.");
    expect(section(md, "Our practice or boundary")).toContain("Either of us can say 'pause' at dinner");
  });

  it("lists each next step with who and by when", () => {
    expect(section(markdown(), "Next steps")).toBe(
      [
        "## Next steps",
        "",
        "- **Talk about the next family dinner**: Both of us, by Sunday, 29 November 2026",
        "- **Ask before joking about Sam's family**: Alex, by Thursday, 24 December 2026",
        "",
      ].join("\n"),
    );
  });

  it("carries a point left unclear in reflecting back, unless the unclear section already holds it", () => {
    expect(section(markdown(), "What remains unclear")).not.toContain("every try of reflecting back");
    const edited = { ...storedRecap, agreements: { ...storedRecap.agreements, unclear: "Whether dinners with family are too much" } };
    const unclear = section(markdown(edited), "What remains unclear");
    expect(unclear).toContain("Whether dinners with family are too much");
    expect(unclear).toContain("Still unclear after every try of reflecting back:\n\n- **Sam:** I felt small in front of everyone");
  });

  it("says who paused, when and for how long; a stop says only when", () => {
    expect(section(markdown(), "Pauses")).toBe(
      [
        "## Pauses",
        "",
        "- 14:30: the coach asked for a 2-minute pause. It lasted 3 minutes.",
        "- 14:50: the session was paused for now. It went on 25 minutes later.",
        "",
      ].join("\n"),
    );
  });

  it("keeps appreciations, check-in feelings and the stored timeline", () => {
    const md = markdown();
    expect(section(md, "What we appreciated")).toContain("- **Sam:** You listened twice until you got it\n- **Alex:** _nothing written_");
    expect(section(md, "How we felt at the start")).toContain("- **Sam:** hurt, 7 of 10; hopeful, 5 of 10\n  > My stomach is in knots\n- **Alex:** worried, 6 of 10");
    expect(section(md, "Everything that happened, in order")).toContain("- 14:00: The session began.\n- 15:35: Both approved the recap. The session is closed.");
  });

  it("includes the coach's private notes only when given them (an observer seat's export)", () => {
    expect(markdown()).not.toContain("Alex softened after the pause.");
    expect(markdown()).not.toContain("private notes");
    const coach = section(markdown(storedRecap, coachNotes), "Your private notes (coach only)");
    expect(coach).toContain("Only coach links see these. Sam and Alex never do.");
    expect(coach).toContain("- 14:40: Alex softened after the pause.");
  });

  it("looks back at last time in a follow-up, and leaves out what a short check-in never had", () => {
    const followUp: StoredRecap = {
      ...storedRecap,
      ordinal: 2,
      kind: "followUp",
      format: "checkInOnly",
      rounds: [],
      intentions: { partnerA: null, partnerB: null },
      pauses: [],
      breaks: [],
      timeline: [],
      review: {
        items: [
          { kind: "step", who: "both", what: "Talk about the next family dinner", byWhen: "2026-11-29", carried: false },
          { kind: "step", who: "partnerA", what: "Ask first", byWhen: "2026-11-22", carried: true },
          { kind: "practice", who: "both", what: "Say pause", byWhen: null, carried: false },
        ],
        marks: { partnerA: ["kept", "partly", "kept"], partnerB: [null, "notYet", "kept"] },
        appreciations: { partnerA: null, partnerB: "You asked first" },
      },
    };
    const md = markdown(followUp);
    expect(md).toContain("Our recap: Sam and Alex, follow-up session 2, a short check-in.");
    expect(section(md, "Looking back at last time")).toContain(
      [
        "- **Talk about the next family dinner**: Sam: Kept · Alex: no answer",
        "- **Ask first (still open from before)**: Sam: Partly · Alex: Not yet",
        "- **Our practice: Say pause**: Sam: Kept · Alex: Kept",
        "- Alex appreciated: You asked first",
      ].join("\n"),
    );
    for (const absent of ["What we shared", "What we intended", "Pauses", "Everything that happened"]) expect(md).not.toContain(`## ${absent}`);
  });

  it("keeps how each answered the other's intention", () => {
    const intentions = section(markdown(), "What we intended");
    expect(intentions).toContain("- Alex answered: I hadn't seen how quiet you went. Thank you for telling me.");
    expect(intentions).toContain("- Sam answered: The step you offered would help me.");
  });

  it("names the day of a moment after midnight (a session continued another time)", () => {
    const late = { ...storedRecap, breaks: [{ kind: "adjourned" as const, at: opened + 11 * 3_600_000, resumedAt: opened + 20 * 3_600_000 }] };
    expect(section(markdown(late), "Pauses")).toContain("- Monday 23 November, 01:00: the session was paused for now. It went on 9 hours later.");
  });
});

describe("people's own words in Markdown", () => {
  it("cannot become headings, lists, quotes, rules, links or emphasis", () => {
    expect(words("# Not a heading")).toBe("\\# Not a heading");
    expect(words("- not a list\n+ nor this\n1. nor this\n> nor a quote\n---")).toBe(
      "\\- not a list  \n\\+ nor this  \n1\\. nor this  \n\\> nor a quote  \n\\---",
    );
    expect(words("**so** [much](x) <b>_here_</b> `code` \\")).toBe("\\*\\*so\\*\\* \\[much\\](x) \\<b\\>\\_here\\_\\</b\\> \\`code\\` \\\\");
  });

  it("leaves ordinary sentences as they were typed", () => {
    expect(words("I'd like us to talk - calmly - on Sunday at 10.30, okay?")).toBe("I'd like us to talk - calmly - on Sunday at 10.30, okay?");
  });

  it("keeps line breaks inside a list item by indenting what follows", () => {
    expect(words("first\nsecond", "  ")).toBe("first  \n  second");
  });
});
