/**
 * "2 days ago" for a glance, and the exact moment for screen readers and the tooltip. The
 * words are English like the rest of the page; the exact date follows the device's locale
 * unless one is given (tests pin it).
 */

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

export function relativeTime(at: number, now: number, locale = "en"): string {
  const ago = now - at;
  // A clock a little ahead of this device's still reads as now, never "in 3 seconds".
  if (ago < minute) return "just now";
  const words = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  if (ago < hour) return words.format(-Math.floor(ago / minute), "minute");
  if (ago < day) return words.format(-Math.floor(ago / hour), "hour");
  if (ago < 14 * day) return words.format(-calendarDaysBetween(at, now), "day");
  if (ago < 60 * day) return words.format(-Math.floor(ago / (7 * day)), "week");
  if (ago < 365 * day) return words.format(-Math.floor(ago / (30 * day)), "month");
  return words.format(-Math.floor(ago / (365 * day)), "year");
}

/** "12 March 2026 at 14:05" (in the device's own way of writing dates). */
export function exactTime(at: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" }).format(at);
}

/** "12 March 2026": a day, without the time. */
export function exactDay(at: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(at);
}

/** Whole days on the calendar, so last night at 23:00 reads "yesterday" this morning. */
function calendarDaysBetween(at: number, now: number): number {
  const start = (t: number) => {
    const d = new Date(t);
    return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  };
  return Math.max(1, Math.round((start(now) - start(at)) / day));
}
