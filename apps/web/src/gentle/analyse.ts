import { delightedQuestion, flagFromBefore, ownedQuestion } from "./across";
import { contextAt, isSentenceBreak, reported, warmSentence } from "./context";
import { normalise, quotedSpans, type Span } from "./normalise";
import { modelRead } from "./model/model";
import { startsWord, type Rule } from "./rule";
import { requiredWords, wordFinder } from "./required-words";
import { rules } from "./rules";

/**
 * The gentle-language helper. While a partner writes, it points at phrasing that tends to
 * escalate and offers the I-statement form. It only advises: nothing here can stop a message
 * being sent, and it runs on the device with no network and no dependencies.
 */

import type { FlagKind } from "./match";

export type { FlagKind } from "./match";

export interface Flag {
  kind: FlagKind;
  /** Character offsets of the flagged phrase in the text. */
  start: number;
  end: number;
  /** The phrase as written. */
  phrase: string;
  /**
   * One calm sentence saying why this may land hard, quoting the phrase once, e.g. "“You always”
   * can sound like a verdict on who they are." Shown as it is: see hint.ts.
   */
  why: string;
  /** A gentler way to say it, in the I-statement form, with its one lead-in: "Try: “I felt … when …”". */
  suggestion: string;
}

/** The I-statement each kind of phrasing can turn into, unless a rule has its own. */
export const SUGGESTIONS: Record<FlagKind, string> = {
  absolute: "Try naming one moment: “When … happened, I felt …, and I'd like …”",
  blame: "Try: “I felt … when …, and what I need is …”",
  label: "Try: “When you …, I felt …”",
  contempt: "Try saying the hurt plainly: “I'm hurt that …, and I'd like …”",
  dismissal: "Try: “I can see this matters to you. I feel …, and I'd like us to …”",
};

/** Longer than anyone types in one go; past this only the start is read, to stay fast. */
const MAX_CHARS = 20_000;
/** Sentences remembered between calls: typing changes one sentence, the others come from here. */
const CACHE_SIZE = 500;
const cache = new Map<string, { rules: readonly Flag[]; model?: readonly Flag[] }>();

export interface AnalyseOptions {
  /**
   * Ask the statistical fallback (model/) about each sentence no rule flags. On by default (what
   * the page runs); off to measure the rules alone (the tests, the trainer).
   */
  model?: boolean;
}

/** The phrases in `text` that may land hard, in the order they appear, none overlapping. */
export function analyse(text: string, options: AnalyseOptions = {}): Flag[] {
  if (typeof text !== "string" || text.trim() === "") return [];
  try {
    const read = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
    const flags: Flag[] = [];
    const spans = sentences(read);
    const perSentence = spans.map(({ start, end }) => sentenceFlags(read.slice(start, end), options.model !== false));
    // Sentences normalised only when a look across sentences needs them.
    const normed: string[] = [];
    const norms = (i: number): string | undefined =>
      spans[i] === undefined ? undefined : (normed[i] ??= normalise(read.slice(spans[i]!.start, spans[i]!.end)));
    perSentence.forEach((found, i) => {
      const { start, end } = spans[i]!;
      // Mock surprise or praise followed by a plainly warm sentence was meant: "Seriously? That's
      // wonderful!", "What a surprise, flowers! I love them.", "You did this? It's beautiful!"
      const next = found.length > 0 && perSentence[i + 1]?.length === 0 ? norms(i + 1) : undefined;
      const warmNext = next !== undefined && warmSentence(next);
      const delighted = warmNext && delightedQuestion(norms(i)!, next);
      // "Who forgot the keys? Me, sorry.": the speaker owns it.
      const owned = found.length > 0 && norms(i + 1) !== undefined && ownedQuestion(norms(i)!, norms(i + 1)!);
      for (const flag of found) {
        if (delighted || owned || (warmNext && flag.kind === "contempt")) continue;
        flags.push({ ...flag, start: flag.start + start, end: flag.end + start });
      }
      // "Who left the oven on? You did.", "Late. Again.": read with the sentence before.
      const short = found.length === 0 && i > 0 && end - start <= 40;
      const extra = short ? flagFromBefore(norms(i - 1)!, norms(i)!) : undefined;
      if (extra) {
        const flag = flagFor(extra.rule, read.slice(start, end), extra.start, extra.end);
        flags.push({ ...flag, start: flag.start + start, end: flag.end + start });
      }
    });
    return flags;
  } catch {
    // Advice must never get in the way of writing: a bug here means no advice, not an error.
    return [];
  }
}

/** True when the text reads as escalating (any flag). */
export function escalates(text: string, options: AnalyseOptions = {}): boolean {
  return analyse(text, options).length > 0;
}

/**
 * Every rule looks no further than its own sentence (see `contextAt`), so each sentence is read
 * on its own and remembered. Offsets here are within the sentence. The model is asked only when
 * no rule flags the sentence; a fault in it means no flag from it, never a lost flag from the rules.
 */
function sentenceFlags(sentence: string, useModel: boolean): readonly Flag[] {
  let known = cache.get(sentence);
  if (!known) {
    known = { rules: findFlags(sentence) };
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value ?? "");
    cache.set(sentence, known);
  }
  if (!useModel || known.rules.length > 0) return known.rules;
  return (known.model ??= modelFlag(sentence));
}

function modelFlag(sentence: string): readonly Flag[] {
  try {
    const read = modelRead(normalise(sentence));
    return read ? [flagFor(read.rule, sentence, read.start, read.end)] : [];
  } catch {
    return [];
  }
}

/** Short words after which a full stop does not end a sentence: "Mr. Perfect". */
const ABBREVIATION = /(?:^|[^\p{L}])(?:mr|mrs|ms|dr|st|vs|etc|e\.g|i\.e)\.$/u;

/**
 * Splits the text after each run of . ! ? (and any closing quote or bracket) followed by white
 * space, and at each new line, but never inside quotation marks: a quoted "Calm down. Relax."
 * stays whole, so it is still read as quoted.
 */
export function sentences(text: string): Span[] {
  const norm = normalise(text);
  const quotes = quotedSpans(norm);
  const spans: Span[] = [];
  let start = 0;
  let q = 0; // the first quote that does not end before the current offset (both run forwards)
  for (let i = 0; i < norm.length; i++) {
    const code = norm.charCodeAt(i);
    if (!isSentenceBreak(code)) continue;
    let end = i + 1;
    if (code !== 10) {
      while (end < norm.length && CLOSERS.includes(norm.charAt(end))) end++;
      // "3.5", "e.g.x" and "Mr. Perfect" do not end a sentence.
      if (end < norm.length && !/\s/.test(norm.charAt(end))) continue;
      if (ABBREVIATION.test(norm.slice(Math.max(0, i - 5), i + 1))) continue;
    }
    while ((quotes[q]?.end ?? Infinity) <= end) q++;
    const quote = quotes[q];
    if (quote && quote.start < end && end < quote.end) continue;
    if (norm.slice(start, end).trim() !== "") spans.push({ start, end });
    start = end;
    i = end - 1;
  }
  if (norm.slice(start).trim() !== "") spans.push({ start, end: norm.length });
  return spans;
}

/** What may close a sentence after its full stop: "Relax." or "Really?!)". */
const CLOSERS = `.!?"')]`;

/**
 * Which rules can possibly match, from the words in the text (see required-words.ts): rules
 * that need a word are listed under it; rules that promise nothing are always tried.
 */
const rulesByWord = new Map<string, number[]>();
const alwaysTried: number[] = [];
rules.forEach((rule, index) => {
  const needs = requiredWords(rule.pattern.source);
  if (!needs) alwaysTried.push(index);
  for (const word of needs ?? []) rulesByWord.set(word, [...(rulesByWord.get(word) ?? []), index]);
});
const findWords = wordFinder(rulesByWord.keys());

/** The rules worth running on this text, in table order (which decides ties between equal flags). */
function candidateRules(norm: string): Rule[] {
  const marked = new Uint8Array(rules.length);
  for (const index of alwaysTried) marked[index] = 1;
  for (const word of findWords(norm)) for (const index of rulesByWord.get(word) ?? []) marked[index] = 1;
  return rules.filter((_, index) => marked[index] === 1);
}

function findFlags(text: string): Flag[] {
  const norm = normalise(text);
  // Worked out only once something matches: most sentences match nothing.
  let quotes: Span[] | undefined;
  const found: Flag[] = [];
  for (const rule of candidateRules(norm)) {
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(norm); m !== null; m = pattern.exec(norm)) {
      if (m[0] === "" || !startsWord(norm, m.index)) {
        // Try again from the next character: "about you always" must still find "you always".
        pattern.lastIndex = m.index + 1;
        continue;
      }
      const [start, end] = m.indices?.groups?.["flag"] ?? [m.index, m.index + m[0].length];
      quotes ??= quotedSpans(norm);
      // Skipped when the whole match is quoted ("when you said 'calm down'"), but not when only the
      // flagged part is: scare quotes around their word (you were "busy") are the point.
      const matchEnd = m.index + m[0].length;
      if (insideAny(quotes, m.index, matchEnd) || !applies(rule, norm, m.index, matchEnd)) continue;
      found.push(flagFor(rule, text, start, end));
    }
  }
  return withoutOverlaps(found);
}

/** The flag a rule raises on `text.slice(start, end)`: its reason quotes the phrase once. */
export function flagFor(rule: Rule, text: string, start: number, end: number): Flag {
  const phrase = text.slice(start, end);
  return {
    kind: rule.kind,
    start,
    end,
    phrase,
    why: rule.why.replace("{phrase}", () => quotable(phrase)),
    suggestion: rule.suggestion ?? SUGGESTIONS[rule.kind],
  };
}

/**
 * The phrase as the reason quotes it: on one line, and without quotation marks of its own, so
 * that a scare-quoted “"busy"” reads “busy”.
 */
function quotable(phrase: string): string {
  return phrase
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^["\u201C\u201D\u201E\u00AB\u00BB]+|["\u201C\u201D\u201E\u00AB\u00BB]+$/g, "")
    .replace(/["\u201C\u201D\u201E\u00AB\u00BB]/g, "'");
}

/** Reported speech is skipped for every rule: "when you said calm down, I felt unheard". */
function applies(rule: Rule, norm: string, start: number, end: number): boolean {
  const context = contextAt(norm, start, end);
  if (reported(context)) return false;
  if (rule.only && !rule.only.every((check) => check(context))) return false;
  if (rule.unless?.some((check) => check(context))) return false;
  return true;
}

function insideAny(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((span) => span.start <= start && end <= span.end);
}

/** Two rules can catch the same words ("you're always so selfish"): keep the earliest, longest. */
function withoutOverlaps(flags: Flag[]): Flag[] {
  flags.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Flag[] = [];
  let reach = 0;
  for (const flag of flags) {
    if (flag.start < reach) continue;
    kept.push(flag);
    reach = flag.end;
  }
  return kept;
}
