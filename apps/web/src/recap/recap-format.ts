/**
 * How the moments in a recap read. The page and the exports format the same way, in the
 * reader's own language and time zone; exports and tests may name both, so a file reads the
 * same wherever it was made.
 */
export interface Clock {
  /** A BCP 47 language tag; the device's own when left out. */
  locale?: string;
  /** An IANA time zone; the device's own when left out. */
  timeZone?: string;
}

const format = (clock: Clock, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(clock.locale, clock.timeZone ? { ...options, timeZone: clock.timeZone } : options);

/** "14:05" (or "2:05 PM"), in the reader's zone. */
export function timeOfDay(at: number, clock: Clock = {}): string {
  return format(clock, { hour: "2-digit", minute: "2-digit" }).format(at);
}

/** "Sunday 22 November 2026" (word order as the language has it). */
export function dayOf(at: number, clock: Clock = {}): string {
  return format(clock, { weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(at);
}

/** The calendar day an instant falls on in the reader's zone, as YYYY-MM-DD (for file names). */
export function calendarDay(at: number, clock: Clock = {}): string {
  const parts = format({ locale: "en-CA", ...(clock.timeZone ? { timeZone: clock.timeZone } : {}) }, { year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/**
 * A moment during a session: its time of day, with the day too when it is not the day the
 * session began (a session continued another time can span days).
 */
export function momentIn(at: number, sessionStart: number, clock: Clock = {}): string {
  if (calendarDay(at, clock) === calendarDay(sessionStart, clock)) return timeOfDay(at, clock);
  return `${format(clock, { weekday: "long", day: "numeric", month: "long" }).format(at)}, ${timeOfDay(at, clock)}`;
}

/**
 * A calendar date (YYYY-MM-DD, a next step's "by when") in words. It is a date, not an
 * instant: read at noon UTC and shown in UTC, so no time zone can move it to another day.
 */
export function dateInWords(isoDate: string, clock: Clock = {}): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(clock.locale, { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    Date.UTC(y, m - 1, d, 12),
  );
}

/** "less than a minute", "1 minute", "25 minutes", "1 hour 10 minutes", "2 days". */
export function howLong(ms: number): string {
  const minutes = Math.round(Math.max(0, ms) / 60_000);
  if (minutes < 1) return "less than a minute";
  if (minutes < 60) return plural(minutes, "minute");
  const hours = Math.floor(minutes / 60);
  if (hours >= 48) return plural(Math.round(hours / 24), "day");
  const rest = minutes % 60;
  return rest === 0 ? plural(hours, "hour") : `${plural(hours, "hour")} ${plural(rest, "minute")}`;
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
