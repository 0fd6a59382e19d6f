/**
 * The next check-in's date and time as the person picks them, in their own time zone: the
 * values of a date and a time input, and the instant they mean.
 */
export interface LocalDateTime {
  /** YYYY-MM-DD, as `<input type="date">` holds it. */
  date: string;
  /** HH:MM, as `<input type="time">` holds it. */
  time: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A week after the session closed, at the same time of day: a rhythm people can keep.
 * Counted in calendar days, so a change of summer time keeps the hour on the clock.
 */
export function suggestedCheckIn(closedAt: number): LocalDateTime {
  const at = new Date(closedAt);
  at.setDate(at.getDate() + 7);
  return {
    date: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
    time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
  };
}

/** The instant a picked date and time mean on this device, or null when either is not a real one. */
export function instantOf({ date, time }: LocalDateTime): number | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hours, minutes] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [number, number, number, number, number];
  const at = new Date(year, month - 1, day, hours, minutes);
  // new Date() rolls 31 February over into March; a date that moved was not a real one.
  if (at.getFullYear() !== year || at.getMonth() !== month - 1 || at.getDate() !== day || hours > 23 || minutes > 59) return null;
  return at.getTime();
}
