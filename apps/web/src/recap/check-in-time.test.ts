import { describe, expect, it } from "vitest";
import { instantOf, suggestedCheckIn } from "./check-in-time";

describe("the next check-in's date and time", () => {
  it("is suggested a week after the session closed, at the same time of day on this device", () => {
    const closed = new Date(2026, 10, 22, 14, 37).getTime();
    expect(suggestedCheckIn(closed)).toEqual({ date: "2026-11-29", time: "14:37" });
    expect(suggestedCheckIn(new Date(2026, 11, 28, 9, 5).getTime())).toEqual({ date: "2027-01-04", time: "09:05" });
  });

  it("means the instant those inputs name on this device", () => {
    expect(instantOf({ date: "2026-11-29", time: "19:30" })).toBe(new Date(2026, 10, 29, 19, 30).getTime());
    const closed = new Date(2026, 2, 22, 20, 15).getTime();
    const at = instantOf(suggestedCheckIn(closed));
    expect(at).not.toBeNull();
    const back = new Date(at!);
    expect([back.getDate(), back.getHours(), back.getMinutes()]).toEqual([29, 20, 15]);
  });

  it("is null for an empty or impossible date or time", () => {
    expect(instantOf({ date: "", time: "10:00" })).toBeNull();
    expect(instantOf({ date: "2026-11-29", time: "" })).toBeNull();
    expect(instantOf({ date: "2026-02-31", time: "10:00" })).toBeNull();
    expect(instantOf({ date: "2026-11-29", time: "24:30" })).toBeNull();
  });
});
