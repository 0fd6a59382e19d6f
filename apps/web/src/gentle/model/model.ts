import type { FlagKind } from "../match";
import type { Rule } from "../rule";
import { featureNames, MAX_TOKENS, tokens, vector } from "./features";
import { MODEL } from "./weights";

/**
 * The statistical fallback behind the rules: a logistic regression over hashed features of one
 * sentence (features.ts), trained by ../train/train.ts on the training batches only, with weights
 * in weights.ts. `analyse` asks it only about sentences no rule flags; when its score reaches the
 * threshold (chosen by cross-validation on the training batches) it flags the clause most aimed at
 * "you", with a kind from a second small model. No dependency, no network: the weights are source.
 * README.md ("A statistical fallback") says how it was judged and what it costs.
 */

export const KINDS: readonly FlagKind[] = ["absolute", "blame", "label", "contempt", "dismissal"];

/** The reason a model flag gives, by kind: calm, one line, quoting the phrase once at its start. */
const WHY: Record<FlagKind, string> = {
  absolute: "“{phrase}” may sound like a sweeping verdict rather than one moment, and invites them to find the exception.",
  blame: "“{phrase}” may land as putting the whole fault on them, so they are likely to defend rather than listen.",
  label: "“{phrase}” may land as a judgement of who they are rather than of what happened.",
  contempt: "“{phrase}” may carry an edge of scorn or sarcasm, which is hard to hear past.",
  dismissal: "“{phrase}” may feel like their concern is being waved away.",
};

/** The same shape as a rule, so the analyser builds the flag as it does for rules. */
export const MODEL_RULES: Record<FlagKind, Rule> = Object.fromEntries(
  KINDS.map((kind) => [kind, { kind, pattern: /(?:)/, why: WHY[kind] }]),
) as Record<FlagKind, Rule>;

function decode(base64: string, scale: number): Float32Array {
  const bytes = atob(base64);
  const w = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) w[i] = ((bytes.charCodeAt(i) << 24) >> 24) * scale;
  return w;
}

let weights: Float32Array | undefined;
let kindWeights: Float32Array | undefined;

/** The model's score (log-odds of escalating) for one normalised sentence. */
export function score(norm: string): number {
  weights ??= decode(MODEL.weights, MODEL.scale);
  const { index, value } = vector(featureNames(norm), MODEL.bits, MODEL.handWeight);
  let z = 0;
  for (let i = 0; i < index.length; i++) z += weights[index[i]!]! * value[i]!;
  return z;
}

/** The likeliest kind for a normalised sentence the model flags. */
export function kindOf(norm: string): FlagKind {
  kindWeights ??= decode(MODEL.kindWeights, MODEL.kindScale);
  const { index, value } = vector(featureNames(norm), MODEL.kindBits, MODEL.handWeight);
  const size = 1 << MODEL.kindBits;
  let best = 0;
  let bestZ = -Infinity;
  for (let k = 0; k < KINDS.length; k++) {
    let z = 0;
    for (let i = 0; i < index.length; i++) z += kindWeights[k * size + index[i]!]! * value[i]!;
    if (z > bestZ) [best, bestZ] = [k, z];
  }
  return KINDS[best]!;
}

/** The fewest words the model reads: one or two ("Sorry.", "Again.") give it too little to go on. */
export const MIN_WORDS = 3;
/** Enough words for the model to read. */
export const readable = (norm: string): boolean => tokens(norm).length >= MIN_WORDS;

/** Does the model flag this normalised sentence? */
export const modelFlags = (norm: string): boolean => readable(norm) && score(norm) >= MODEL.threshold;

const YOU = /(?<![\p{L}\p{N}'])(?:you|u|your|ur|you're|youre|yourself)(?![\p{L}\p{N}])/u;
/** Words that would make the hint read twice ("Try…" is the suggestion's alone), and quotes. */
const AVOID = /(?<![\p{L}\p{N}])(?:maybe|try|perhaps|how about)(?![\p{L}\p{N}])|["\u201C\u201D]/u;
const CLAUSE_BREAK = /[,;:()\u2014\u2013\u2026.!?\n]+/g;
const LETTER = /[\p{L}\p{N}]/u;
/** At most this many words are quoted: the hint is one line. */
const MAX_WORDS = 9;

/**
 * The span to flag in a sentence the model flags (offsets within it): the clause most aimed at
 * "you" (the one with "you" that the model scores highest; the highest of all when none has
 * "you"), trimmed to at most MAX_WORDS words from its "you", and never with a quotation mark or a
 * lead-in word ("try") inside, so the hint still quotes one phrase and has one "Try".
 */
export function spanToFlag(norm: string): [start: number, end: number] | undefined {
  // Only the part the model read.
  let reach = 0;
  const word = /[\p{L}\p{N}]+/gu;
  for (let count = 0, m = word.exec(norm); m !== null && count < MAX_TOKENS; m = word.exec(norm), count++) reach = m.index + m[0].length;
  const read = norm.slice(0, reach);
  const clauses: [number, number][] = [];
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(read); ; m = CLAUSE_BREAK.exec(read)) {
    const to = m ? m.index : read.length;
    if (LETTER.test(read.slice(from, to))) clauses.push([from, to]);
    if (!m) break;
    from = m.index + m[0].length;
  }
  let best: [number, number] | undefined;
  let bestScore = -Infinity;
  const withYou = clauses.filter(([s, e]) => YOU.test(read.slice(s, e)));
  for (const [s, e] of withYou.length > 0 ? withYou : clauses) {
    const z = (withYou.length > 0 || clauses.length > 1 ? score(read.slice(s, e)) : 0) + (e - s) * 1e-6;
    if (z > bestScore) [best, bestScore] = [[s, e], z];
  }
  if (!best) return undefined;
  return tidy(read, best[0], best[1]);
}

/** The clause without what would make the hint read badly, and no longer than MAX_WORDS words. */
function tidy(norm: string, start: number, end: number): [number, number] | undefined {
  let text = norm.slice(start, end);
  // Cut at a quotation mark or a lead-in word: keep the longer side.
  for (let m = AVOID.exec(text); m !== null; m = AVOID.exec(text)) {
    const left = text.slice(0, m.index);
    const right = text.slice(m.index + m[0].length);
    if (left.trim().length >= right.trim().length) text = left;
    else {
      start += m.index + m[0].length;
      text = right;
    }
  }
  const words = [...text.matchAll(/\S+/g)];
  if (words.length === 0) return undefined;
  // From the first "you" when the clause is long and "you" comes late.
  let first = 0;
  if (words.length > MAX_WORDS) {
    const you = words.findIndex((w) => YOU.test(w[0]));
    if (you > 0) first = Math.min(you, words.length - MAX_WORDS);
  }
  const last = Math.min(words.length, first + MAX_WORDS) - 1;
  let s = start + words[first]!.index!;
  let e = start + words[last]!.index! + words[last]![0].length;
  // No stray punctuation at either end: "you never, " → "you never".
  while (s < e && !LETTER.test(norm.charAt(s))) s++;
  while (e > s && !LETTER.test(norm.charAt(e - 1))) e--;
  return e > s ? [s, e] : undefined;
}

/**
 * What the model makes of one normalised sentence no rule flags: the rule-shaped reason for its
 * kind and the span to flag (offsets within the sentence), or nothing. `analyse` builds the flag.
 */
export function modelRead(norm: string): { rule: Rule; start: number; end: number } | undefined {
  if (!modelFlags(norm)) return undefined;
  const span = spanToFlag(norm);
  return span ? { rule: MODEL_RULES[kindOf(norm)], start: span[0], end: span[1] } : undefined;
}
