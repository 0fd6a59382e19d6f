import { describe, expect, it } from "vitest";
import { exactTime, relativeTime } from "./relative-time";

const at = new Date(2026, 2, 12, 14, 5).getTime(); // 12 March 2026, 14:05 local time
const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

describe("relative time", () => {
  it("reads as a person would say it", () => {
    expect(relativeTime(at, at + 20_000)).toBe("just now");
    expect(relativeTime(at, at + 5 * minute)).toBe("5 minutes ago");
    expect(relativeTime(at, at + 3 * hour)).toBe("3 hours ago");
    expect(relativeTime(at, at + 2 * day)).toBe("2 days ago");
    expect(relativeTime(at, at + 20 * day)).toBe("2 weeks ago");
    expect(relativeTime(at, at + 90 * day)).toBe("3 months ago");
    expect(relativeTime(at, at + 800 * day)).toBe("2 years ago");
  });

  it("counts days on the calendar: last night is yesterday", () => {
    const lateLastNight = new Date(2026, 2, 11, 23, 0).getTime();
    const thisMorning = new Date(2026, 2, 12, 0, 30).getTime() + day; // a day and a bit later
    expect(relativeTime(lateLastNight, new Date(2026, 2, 12, 23, 30).getTime())).toBe("yesterday");
    expect(relativeTime(lateLastNight, thisMorning)).toBe("2 days ago");
  });

  it("never says 'in a moment' for a clock a little ahead", () => {
    expect(relativeTime(at + 30_000, at)).toBe("just now");
  });

  it("gives the exact moment for screen readers and the tooltip", () => {
    expect(exactTime(at, "en-GB")).toBe("12 March 2026 at 14:05");
  });
});
