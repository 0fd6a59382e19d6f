import { acknowledgementWords, defaultEngineOptions, feelingLabel, type AcknowledgementContent, type LookBackItem, type BreakRecord, type CheckInContent, type PauseRecord, type PartnerRole, type Recap, type RecapTimelineEntry, type ReviewMark, type Role } from "@repair-room/protocol";
import { howLong, momentIn, type Clock } from "./recap-format";

/**
 * The sentences of a recap, written once for the page and the exports alike, so a printed
 * page, a downloaded file and the screen never tell the session differently.
 */

type Names = Record<PartnerRole, string>;

/** A recap as it is stored (with its timeline) or as the closing event carries it (without). */
export type RecapToKeep = Recap & { timeline?: readonly RecapTimelineEntry[] };

export const recapHeadings = {
  agreedTrue: "What we agree is true",
  unclear: "What remains unclear",
  carried: "Still unclear after every try of reflecting back",
  nextSteps: "Next steps",
  practice: "Our practice or boundary",
  appreciations: "What we appreciated",
  review: "Looking back at last time",
  checkIns: "How we felt at the start",
  rounds: "What we shared",
  intentions: "What we intended",
  pauses: "Pauses",
  timeline: "Everything that happened, in order",
  notes: "Your private notes",
} as const;

export const reviewMarkWords: Record<ReviewMark, string> = { kept: "Kept", partly: "Partly", notYet: "Not yet" };

export function whoDoes(who: PartnerRole | "both", names: Names): string {
  return who === "both" ? "Both of us" : names[who];
}

/** Who raised a pause, as part of a sentence. The coach's seat has no name. */
export function whoPaused(by: Role, names: Names): string {
  return by === "observer" ? "the coach" : names[by];
}

export function sessionLine(recap: Recap): string {
  const kind = recap.kind === "followUp" ? "follow-up session" : "session";
  const format = recap.format === "checkInOnly" ? ", a short check-in" : "";
  return `${recap.names.partnerA} and ${recap.names.partnerB}, ${kind} ${recap.ordinal}${format}`;
}

/** "14:05: the coach asked for a 2-minute pause. It lasted 3 minutes." Who, when, how long. */
export function pauseSentence(pause: PauseRecord, recap: Recap, clock: Clock = {}): string {
  const asked = `${momentIn(pause.at, recap.openedAt, clock)}: ${whoPaused(pause.by, recap.names)} asked for a ${pause.minutes}-minute pause.`;
  return pause.endedAt === null ? asked : `${asked} It lasted ${howLong(pause.endedAt - pause.at)}.`;
}

/**
 * A stop or a "continue another time", told the same way: when, never who or why (the
 * timeline says "The session is paused for now" for both, and so does this).
 */
export function breakSentence(stop: BreakRecord, recap: Recap, clock: Clock = {}): string {
  const when = `${momentIn(stop.at, recap.openedAt, clock)}: the session was paused for now.`;
  return stop.resumedAt === null ? when : `${when} It went on ${howLong(stop.resumedAt - stop.at)} later.`;
}

/** Pauses and breaks together, in the order they happened. */
export function pauseLines(recap: Recap, clock: Clock = {}): string[] {
  return [
    ...recap.pauses.map((p) => ({ at: p.at, text: pauseSentence(p, recap, clock) })),
    ...recap.breaks.map((b) => ({ at: b.at, text: breakSentence(b, recap, clock) })),
  ]
    .sort((a, b) => a.at - b.at)
    .map((line) => line.text);
}


export const listenerOf = (speaker: PartnerRole): PartnerRole => (speaker === "partnerA" ? "partnerB" : "partnerA");

/**
 * Points that stayed unclear while reflecting back: the speaker's words, carried to the recap.
 * The agreements draft starts with them written into "what remains unclear"; those still there
 * are not listed twice.
 */
export function carriedPoints(recap: Recap): { who: string; text: string }[] {
  return recap.rounds
    .filter((r) => r.outcome === "unclear" && !recap.agreements.unclear.includes(r.statement.happened))
    .map((r) => ({ who: recap.names[r.speaker], text: r.statement.happened }));
}

/** "hurt, 7 of 10; hopeful, 5 of 10". */
export function feelingsLine(content: CheckInContent): string {
  return content.feelings.map((f) => `${feelingLabel(f.feeling)}, ${f.intensity} of ${defaultEngineOptions.intensity.max}`).join("; ");
}

/** "Sam: Kept · Alex: Not marked" for one step looked back on. */
export function reviewMarksLine(recap: Recap, item: number): string {
  const review = recap.review;
  return (["partnerA", "partnerB"] as const)
    .map((p) => {
      const mark = review?.marks[p][item];
      return `${recap.names[p]}: ${mark ? reviewMarkWords[mark] : "no answer"}`;
    })
    .join(" · ");
}

/** A thing looked back on, as the recap names it: the practice, or a step (still open from before, maybe). */
export function lookBackLabel(item: LookBackItem): string {
  if (item.kind === "practice") return `Our practice: ${item.what}`;
  return item.carried ? `${item.what} (still open from before)` : item.what;
}

/** A partner's answer to the other's intention, in one line: the choice, then their own words. */
export function acknowledgementLine(content: AcknowledgementContent): string {
  return [content.choice ? acknowledgementWords[content.choice] : "", content.words.trim()].filter(Boolean).join(" ");
}
