import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { recapToIcs } from "./recap-ics";
import { parisClock, storedRecap } from "./recap.fixture";

/** Read back with a maintained iCalendar parser, as a calendar app would. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents("vevent");
  expect(events).toHaveLength(1);
  return new ICAL.Event(events[0]);
}

// Sunday 29 November 2026, 14:35 in Paris: the time the person picked.
const start = Date.UTC(2026, 10, 29, 13, 35);
const made = { start, uid: "recap-check-in-1", now: Date.UTC(2026, 10, 22, 14, 40), clock: parisClock };

describe("the next check-in as a calendar event", () => {
  it("starts at the instant picked, in UTC, for half an hour", () => {
    const event = parse(recapToIcs(storedRecap, made));
    expect(event.startDate.isDate).toBe(false);
    expect(event.startDate.toJSDate().getTime()).toBe(start);
    expect(event.startDate.toString()).toBe("2026-11-29T13:35:00Z");
    expect(event.endDate.toJSDate().getTime() - start).toBe(30 * 60_000);
    expect(event.uid).toBe("recap-check-in-1");
  });

  it("has a neutral title, and the topic and the next steps (who, by when) only in its description", () => {
    const event = parse(recapToIcs(storedRecap, made));
    // The title shows on lock screens and in shared calendars: no topic there.
    expect(event.summary).toBe("Repair Room check-in");
    expect(event.summary).not.toContain("dinner");
    expect(event.description).toBe(
      [
        "Talking about: What I said at dinner",
        "",
        "Time to look back together at what you agreed on Sunday, 22 November 2026 in Repair Room.",
        "",
        "Next steps:",
        "- Talk about the next family dinner (Both of us, by Sunday, 29 November 2026)",
        "- Ask before joking about Sam's family (Alex, by Thursday, 24 December 2026)",
        "",
        "For each step: kept, partly or not yet? And one thing you appreciated since.",
      ].join("\n"),
    );
  });

  it("carries nothing private: no check-in feelings or notes, no statements, no link", () => {
    const ics = recapToIcs(storedRecap, made);
    const event = parse(ics);
    const text = `${event.summary}\n${event.description}`;
    for (const word of ["knots", "hurt", "hopeful", "worried", "felt small", "embarrassed", "punishment", "http", "#"]) {
      expect(text).not.toContain(word);
    }
  });

  it("reads back whole with long lines and words in any script (folded by octets, never mid-letter)", () => {
    const recap = {
      ...storedRecap,
      topic: "Ce que j'ai dit à Noël, chez ta mère ☕ — 年末のこと",
      agreements: {
        ...storedRecap.agreements,
        nextSteps: [{ who: "both" as const, what: "Parler du prochain dîner; sans se presser, et en se regardant ✨".repeat(3), byWhen: "2026-12-01" }],
      },
    };
    const event = parse(recapToIcs(recap, made));
    expect(event.summary).toBe("Repair Room check-in");
    expect(event.description).toContain(`Talking about: ${recap.topic}`);
    expect(event.description).toContain(`- ${recap.agreements.nextSteps[0]!.what} (Both of us, by Tuesday, 1 December 2026)`);
  });

  it("still makes an event when no next steps were agreed", () => {
    const recap = { ...storedRecap, agreements: { ...storedRecap.agreements, nextSteps: [] } };
    expect(parse(recapToIcs(recap, made)).description).toContain("You agreed no next steps, so just check in with each other.");
  });
});
