import type { Recap } from "@repair-room/protocol";
import { calendarDay, type Clock } from "./recap-format";

/*
 * File names never carry the topic: they show in download bars, folder listings, mail
 * attachments and shared drives, where others may see them. The topic is inside the file.
 */

/** "repair-room-recap-session-2-2026-11-22.md": which session, and the day it closed. */
export function recapFileName(recap: Pick<Recap, "ordinal" | "closedAt">, clock: Clock = {}): string {
  return `repair-room-recap-session-${recap.ordinal}-${calendarDay(recap.closedAt, clock)}.md`;
}

/** "repair-room-check-in-2026-11-29.ics": named for the day of the check-in. */
export function checkInFileName(date: string): string {
  return `repair-room-check-in-${date}.ics`;
}
