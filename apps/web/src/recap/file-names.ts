import type { Recap } from "@repair-room/protocol";
import { calendarDay, type Clock } from "./recap-format";

/**
 * The topic as a file-name part: letters and digits of any script, joined by hyphens, without
 * accents, at most 40 characters. Nothing a file system or a mail attachment could stumble on.
 */
export function topicSlug(topic: string): string {
  const slug = topic
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return [...slug].slice(0, 40).join("").replace(/-+$/, "") || "recap";
}

/** "repair-room-the-holidays-session-2-2026-11-22.md": what, which session, and the day it closed. */
export function recapFileName(recap: Recap, clock: Clock = {}): string {
  return `repair-room-${topicSlug(recap.topic)}-session-${recap.ordinal}-${calendarDay(recap.closedAt, clock)}.md`;
}

/** "repair-room-the-holidays-check-in-2026-11-29.ics": named for the day of the check-in. */
export function checkInFileName(recap: Recap, date: string): string {
  return `repair-room-${topicSlug(recap.topic)}-check-in-${date}.ics`;
}
