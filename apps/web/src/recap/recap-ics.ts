import { createEvent, type EventAttributes } from "ics";
import type { Recap } from "@repair-room/protocol";
import { dateInWords, dayOf, type Clock } from "./recap-format";
import { whoDoes } from "./recap-text";

export interface CheckInEvent {
  /** When the check-in starts (ms since the epoch): written in UTC, so every calendar agrees. */
  start: number;
  minutes?: number;
  /** A unique id for the event (a calendar replaces an event it already holds with this id). */
  uid: string;
  /** When the file was made (DTSTAMP), passed in so the function stays pure. */
  now: number;
  clock?: Clock;
}

/** The event's title: shown on lock screens and in shared calendars, so it names no topic. */
export const checkInTitle = "Repair Room check-in";

/**
 * A calendar event (.ics) for the next check-in: a neutral title, and in its description (seen
 * only when the event is opened) the topic and the next steps to look back at, nothing more.
 * No check-in feelings, no statements and no link (a link is a seat's key) ever go into a
 * calendar, which may be shared or synced elsewhere.
 */
export function recapToIcs(recap: Recap, event: CheckInEvent): string {
  const clock = event.clock ?? {};
  const steps = recap.agreements.nextSteps;
  const description = [
    `Talking about: ${recap.topic}`,
    "",
    `Time to look back together at what you agreed on ${dayOf(recap.closedAt, clock)} in Repair Room.`,
    "",
    ...(steps.length > 0
      ? ["Next steps:", ...steps.map((s) => `- ${s.what} (${whoDoes(s.who, recap.names)}, by ${dateInWords(s.byWhen, clock)})`)]
      : ["You agreed no next steps, so just check in with each other."]),
    "",
    "For each step: kept, partly or not yet? And one thing you appreciated since.",
  ].join("\n");

  // `timestamp` (DTSTAMP) is read by ics's schema but missing from its type declarations.
  const attributes: EventAttributes & { timestamp: number } = {
    start: event.start,
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: event.minutes ?? 30 },
    title: checkInTitle,
    description,
    uid: event.uid,
    timestamp: event.now,
    productId: "repair-room/recap",
    busyStatus: "BUSY",
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw error ?? new Error("The calendar event could not be made.");
  return value;
}
