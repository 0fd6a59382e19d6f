import type { Flag } from "./analyse";

/**
 * Checks shared by the tests of how a flag reads (hint.test.tsx, model/model.test.tsx): not a
 * test itself.
 */

/** What a person reads: the rendered markup without tags, entities decoded. */
export const readable = (html: string): string =>
  html
    .replace(/<[^>]*>/g, "")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** How often the words occur, as whole words, ignoring case and runs of white space. */
const occurrences = (text: string, words: string): number => {
  const body = escapeRegExp(words.trim()).replace(/\s+/g, "\\s+");
  return text.match(new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, "giu"))?.length ?? 0;
};
export const LEAD_INS = /\b(?:maybe|try|perhaps|how about)\b/gi;

/** Everything that makes a line read doubled; empty when it reads once. */
export function doubled(text: string, flag: Flag): string[] {
  const problems: string[] = [];
  const shown = flag.phrase.replace(/\s+/g, " ").replace(/^["\u201C\u201D]+|["\u201C\u201D]+$/g, "").trim();
  // The reason is everything before the suggestion, which may use everyday words ("and") itself.
  const reason = text.endsWith(flag.suggestion) ? text.slice(0, text.length - flag.suggestion.length) : text;
  if (occurrences(reason, shown) !== 1) problems.push(`the phrase “${shown}” appears ${occurrences(reason, shown)} times`);
  if (text.split(`\u201C${shown}\u201D`).length !== 2) problems.push(`“${shown}” is not quoted exactly once`);
  if ((text.match(/\u201C/g) ?? []).length - (flag.suggestion.match(/\u201C/g) ?? []).length !== 1)
    problems.push("the reason does not quote exactly one phrase");
  if (/\u201D\s*\u201C/.test(text)) problems.push("two quotations side by side");
  if (/maybe:?\s*try/i.test(text)) problems.push('"Maybe: Try"');
  if ((text.match(LEAD_INS) ?? []).length !== 1) problems.push(`lead-ins: ${(text.match(LEAD_INS) ?? []).join(", ")}`);
  return problems;
}
