import { partnerRoles, roundOutcome, type ObserverNote, type PartnerRole } from "@repair-room/protocol";
import { dateInWords, dayOf, momentIn, type Clock } from "./recap-format";
import {
  carriedPoints,
  acknowledgementLine,
  feelingsLine,
  listenerOf,
  lookBackLabel,
  pauseLines,
  recapHeadings as h,
  reviewMarksLine,
  sessionLine,
  whoDoes,
  type RecapToKeep,
} from "./recap-text";

export interface MarkdownOptions {
  /** The coach's private notes: given only when exporting from an observer seat. */
  notes?: readonly ObserverNote[];
  clock?: Clock;
}

/**
 * A closed session's recap as a Markdown file, made on the device from the stored recap alone:
 * readable as plain text in any notes app, and the same sections in the same words as the page.
 */
export function recapToMarkdown(recap: RecapToKeep, options: MarkdownOptions = {}): string {
  const clock = options.clock ?? {};
  const { names } = recap;
  const out: string[] = [];
  const section = (title: string, ...body: string[]) => out.push(`## ${title}`, "", ...body, "");
  const paragraph = (value: string) => (value.trim() ? words(value.trim()) : "_Nothing written._");

  out.push(`# ${words(recap.topic)}`, "", `Our recap: ${words(sessionLine(recap))}. Closed on ${dayOf(recap.closedAt, clock)}.`, "");

  section(h.agreedTrue, paragraph(recap.agreements.agreedTrue));
  const carried = carriedPoints(recap);
  section(
    h.unclear,
    paragraph(recap.agreements.unclear),
    ...(carried.length > 0 ? ["", `${h.carried}:`, "", ...carried.map((c) => `- **${words(c.who)}:** ${words(c.text, "  ")}`)] : []),
  );
  section(
    h.nextSteps,
    ...(recap.agreements.nextSteps.length === 0
      ? ["_No next steps._"]
      : recap.agreements.nextSteps.map((s) => `- **${words(s.what, "  ")}**: ${words(whoDoes(s.who, names))}, by ${dateInWords(s.byWhen, clock)}`)),
  );
  section(h.practice, paragraph(recap.agreements.practice));
  section(h.appreciations, ...partnerRoles.map((p) => `- **${words(names[p])}:** ${appreciation(recap.appreciations[p])}`));

  if (recap.review) {
    const review = recap.review;
    section(
      h.review,
      ...review.items.map((item, i) => `- **${words(lookBackLabel(item), "  ")}**: ${words(reviewMarksLine(recap, i))}`),
      ...partnerRoles.flatMap((p) => (review.appreciations[p] ? [`- ${words(names[p])} appreciated: ${words(review.appreciations[p], "  ")}`] : [])),
    );
  }

  if (recap.checkIns) {
    const checkIns = recap.checkIns;
    section(
      h.checkIns,
      ...partnerRoles.flatMap((p) => [
        `- **${words(names[p])}:** ${feelingsLine(checkIns[p])}`,
        ...(checkIns[p].note.trim() ? [`  > ${words(checkIns[p].note.trim(), "  > ")}`] : []),
      ]),
    );
  }

  if (recap.rounds.length > 0) {
    out.push(`## ${h.rounds}`, "");
    recap.rounds.forEach((round, i) => {
      const last = round.attempts.at(-1);
      out.push(
        `### ${i + 1}. ${words(names[round.speaker])} said`,
        "",
        `- What happened for me: ${words(round.statement.happened, "  ")}`,
        `- I felt: ${words(round.statement.felt, "  ")}`,
        ...(round.statement.needed ? [`- I needed: ${words(round.statement.needed, "  ")}`] : []),
        ...(last
          ? [
              `- ${words(names[listenerOf(round.speaker)])} heard: ${words(last.reflection.heard, "  ")}`,
              `- It sounds like you felt: ${words(last.reflection.feeling, "  ")}`,
            ]
          : []),
        "",
        roundOutcome(round),
        "",
      );
    });
  }

  if (partnerRoles.some((p) => recap.intentions[p])) {
    out.push(`## ${h.intentions}`, "");
    for (const p of partnerRoles) {
      const intention = recap.intentions[p];
      if (!intention) continue;
      out.push(
        `### ${words(names[p])}`,
        "",
        `- What I intended or hoped for: ${words(intention.intended, "  ")}`,
        `- How it may have landed for you: ${words(intention.impact, "  ")}`,
        `- One thing I will do: ${words(intention.action, "  ")}`,
        ...answerLine(recap, p),
        "",
      );
    }
  }

  const pauses = pauseLines(recap, clock);
  if (pauses.length > 0) section(h.pauses, ...pauses.map((line) => `- ${words(line)}`));

  if (recap.timeline && recap.timeline.length > 0) {
    section(h.timeline, ...recap.timeline.map((entry) => `- ${momentIn(entry.at, recap.openedAt, clock)}: ${words(entry.text)}`));
  }

  if (options.notes && options.notes.length > 0) {
    section(
      `${h.notes} (coach only)`,
      `_Only coach links see these. ${words(names.partnerA)} and ${words(names.partnerB)} never do. Keep this file to yourself._`,
      "",
      ...options.notes.map((note) => `- ${momentIn(note.at, recap.openedAt, clock)}: ${words(note.text, "  ")}`),
    );
  }

  out.push("---", "", "_Kept with Repair Room._", "");
  return out.join("\n");
}

/** How the other partner answered this intention, when they did. */
function answerLine(recap: RecapToKeep, author: PartnerRole): string[] {
  const reader = author === "partnerA" ? "partnerB" : "partnerA";
  const answer = recap.acknowledgements[reader];
  return answer ? [`- ${words(recap.names[reader])} answered: ${words(acknowledgementLine(answer), "  ")}`] : [];
}

function appreciation(value: string | null): string {
  return value?.trim() ? words(value.trim(), "  ") : "_nothing written_";
}

/**
 * People's own words, kept as typed but unable to become headings, lists, links or emphasis.
 * Their line breaks stay line breaks (two trailing spaces), continued under `indent` so a
 * list item or quote holds all of it.
 */
export function words(value: string, indent = ""): string {
  return value
    .replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`)
    .split(/\r?\n/)
    .map(escapeLineStart)
    .join(`  \n${indent}`);
}

/** What would make a line a heading, a quote, a list item or a rule. */
function escapeLineStart(line: string): string {
  return line
    .replace(/^(\s*)(\d+)([.)])(?=\s|$)/, "$1$2\\$3")
    .replace(/^(\s*)(#|>|[-+=](?=[-+=]*\s*$)|[-+](?=\s))/, "$1\\$2");
}
