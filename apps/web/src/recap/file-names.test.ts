import { describe, expect, it } from "vitest";
import { checkInFileName, recapFileName } from "./file-names";
import { parisClock, storedRecap } from "./recap.fixture";

describe("file names for a recap and its check-in", () => {
  it("name the session and the day it closed, never the topic", () => {
    expect(recapFileName(storedRecap, parisClock)).toBe("repair-room-recap-session-1-2026-11-22.md");
    expect(checkInFileName("2026-11-29")).toBe("repair-room-check-in-2026-11-29.ics");
    const secret = { ...storedRecap, topic: "When you said the thing about my sister", ordinal: 3 };
    expect(recapFileName(secret, parisClock)).toBe("repair-room-recap-session-3-2026-11-22.md");
    for (const name of [recapFileName(secret, parisClock), checkInFileName("2026-11-29")]) {
      expect(name).not.toMatch(/sister|dinner|said/);
    }
  });

  it("use the day in the reader's zone: a session closed late in one zone is the next day in another", () => {
    const late = { ...storedRecap, closedAt: Date.UTC(2026, 10, 22, 23, 30) };
    expect(recapFileName(late, { timeZone: "America/New_York" })).toMatch(/-2026-11-22\.md$/);
    expect(recapFileName(late, { timeZone: "Europe/Paris" })).toMatch(/-2026-11-23\.md$/);
  });
});
