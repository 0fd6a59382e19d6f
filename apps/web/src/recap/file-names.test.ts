import { describe, expect, it } from "vitest";
import { checkInFileName, recapFileName, topicSlug } from "./file-names";
import { parisClock, storedRecap } from "./recap.fixture";

describe("file names for a recap and its check-in", () => {
  it("name the topic, the session and the day it closed", () => {
    expect(recapFileName(storedRecap, parisClock)).toBe("repair-room-what-i-said-at-dinner-session-1-2026-11-22.md");
    expect(checkInFileName(storedRecap, "2026-11-29")).toBe("repair-room-what-i-said-at-dinner-check-in-2026-11-29.ics");
  });

  it("use the day in the reader's zone: a session closed late in one zone is the next day in another", () => {
    const late = { ...storedRecap, closedAt: Date.UTC(2026, 10, 22, 23, 30) };
    expect(recapFileName(late, { timeZone: "America/New_York" })).toMatch(/-2026-11-22\.md$/);
    expect(recapFileName(late, { timeZone: "Europe/Paris" })).toMatch(/-2026-11-23\.md$/);
  });

  it("keep only letters and digits of any script, without accents, joined by hyphens", () => {
    expect(topicSlug("  Ce que j'ai dit à Noël!  ")).toBe("ce-que-j-ai-dit-a-noel");
    expect(topicSlug("../../etc/passwd")).toBe("etc-passwd");
    expect(topicSlug('a:b*c?"d<e>f|g\\h')).toBe("a-b-c-d-e-f-g-h");
    expect(topicSlug("年末のこと")).toBe("年末のこと");
    expect(topicSlug("Über Geld reden")).toBe("uber-geld-reden");
  });

  it("stay short, never end on a hyphen, and have a name even when the topic has no letters", () => {
    const slug = topicSlug("When you said the thing about my sister at the wedding reception");
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug).toBe("when-you-said-the-thing-about-my-sister");
    expect(topicSlug("☕ … !!")).toBe("recap");
  });
});
