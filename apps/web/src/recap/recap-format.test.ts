import { describe, expect, it } from "vitest";
import { calendarDay, dateInWords, howLong, momentIn, timeOfDay } from "./recap-format";
import { opened, parisClock } from "./recap.fixture";

describe("moments in a recap", () => {
  it("say how long in plain words", () => {
    expect(howLong(20_000)).toBe("less than a minute");
    expect(howLong(60_000)).toBe("1 minute");
    expect(howLong(25 * 60_000)).toBe("25 minutes");
    expect(howLong(60 * 60_000)).toBe("1 hour");
    expect(howLong(70 * 60_000)).toBe("1 hour 10 minutes");
    expect(howLong(3 * 86_400_000)).toBe("3 days");
    expect(howLong(-5)).toBe("less than a minute");
  });

  it("are read in the reader's zone, with the day once it is not the session's first", () => {
    expect(timeOfDay(opened, parisClock)).toBe("14:00");
    expect(timeOfDay(opened, { locale: "en-GB", timeZone: "America/New_York" })).toBe("08:00");
    expect(momentIn(opened + 3_600_000, opened, parisClock)).toBe("15:00");
    expect(momentIn(opened + 12 * 3_600_000, opened, parisClock)).toBe("Monday 23 November, 02:00");
    expect(calendarDay(opened + 12 * 3_600_000, parisClock)).toBe("2026-11-23");
  });

  it("keep a next step's date on its day in every time zone", () => {
    for (const timeZone of ["Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/Paris"]) {
      expect(dateInWords("2026-11-29", { locale: "en-GB", timeZone })).toBe("Sunday, 29 November 2026");
    }
    expect(dateInWords("not a date")).toBe("not a date");
  });
});
