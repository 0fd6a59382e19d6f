import {
  aimedAtYou,
  askingNotTelling,
  neverUnkind,
  startsClause,
  warmAfter,
  warmAround,
  youAreSubject,
  type MatchContext,
} from "./context";
import { either, phrase, WORD, type Rule } from "./rule";

/**
 * Absolutes aimed at the other person. "Always" and "never" turn one moment into a verdict on
 * who they are, and invite a hunt for the exception instead of listening.
 */
const why = "“{phrase}” can sound like a verdict on who they are, and invites them to find the exception.";
const a = (pattern: string, extra: Partial<Omit<Rule, "kind" | "pattern">> = {}): Rule => ({
  kind: "absolute",
  pattern: phrase(pattern),
  why,
  ...extra,
});

/** An adverb that may sit inside "you … never": "You literally never ask". */
const ADVERB =
  "(?:(?:literally|honestly|just|really|basically|seriously|actually|genuinely|pretty much|almost|practically|still|also) )?";
/** How often, after a you-clause: "You're on your phone constantly". */
const FREQUENCY = either(
  "all the time",
  "24/7",
  "non-? ?stop",
  "day and night",
  "constantly",
  "over and over",
  "again and again",
  "without fail",
  "every (?:single )?(?:day|night|week|weekend|month|year|morning|evening)",
);

/** "You don't ever have to apologise": "ever" about what they need not do is a kindness. */
const noNeedTo = (m: MatchContext): boolean => /^\s*(?:have|need) to\b/.test(m.after);
/** Warm words inside a long match: "You make me laugh all the time". */
const warmWithin = (m: MatchContext): boolean => warmAfter({ ...m, after: m.matched.replace(/^\S+/, "") });

export const absoluteRules: readonly Rule[] = [
  // "You always…", "You're always…", "You constantly…". Not "You always make me laugh" (warm),
  // not "Do you always feel this anxious?" (a curious question).
  a(either(`{you} ${ADVERB}(?:always|constantly|continually|forever)`, `{youre} ${ADVERB}(?:always|constantly|forever|continually)`), {
    unless: [warmAfter, askingNotTelling],
  }),
  // "You never…", "You can never…", "You're never…". Not "You never judge me" (never + something
  // unkind is praise) and not the idiom "you never know".
  a(
    either(
      `{you} ${ADVERB}(?:never|can never|could never|will never|don't ever|do not ever|can't ever|won't ever|never ever)`,
      `{youre} ${ADVERB}never`,
    ),
    { unless: [neverUnkind, askingNotTelling, noNeedTo] },
  ),
  // "You'll never change": a verdict about the future too.
  a("{you}'ll never (?:change|learn|understand|get it|grow up|listen|be happy)"),
  // "Every (single) time you…". Not "Every time you hug me, I feel at home".
  a("every (?:single )?time {you}", { unless: [warmAround] }),
  // "Every single time we plan something, you cancel", "You're late every time we meet": "you"
  // is doing something in the sentence. Not "I think of you every time I hear it" (you are the
  // object), not "Every single time I've needed you, you've been there" (warm).
  a("every (?:single )?time", { only: [youAreSubject], unless: [warmAround] }),
  // "Same thing every weekend with you", "With you it's always…": the pattern pinned on them.
  a(
    either(
      "(?:always|every (?:single )?(?:time|day|night|week|weekend)|same (?:thing|story|old)) with {you}",
      "with {you} it's always",
    ),
  ),
  // "Why is it always me who…", "I always have to remind you": the other side of "you never".
  a(
    either(
      "(?:it's|is it|it is) always (?:me|my|up to me|on me|{your} \\w+ (?:first|before))",
      "never me",
      "why (?:do|am|must) i always",
      "i always have to",
      "i'm always the one",
      "i'm the one who always",
    ),
  ),
  // "You haven't asked me a single question", "You didn't say one single word": counting to zero.
  a(`{you} (?:haven't|have not|didn't|did not|never|don't|won't|can't)(?: ${WORD}){1,4} (?:a single|one single)`),
  // "You do this all the time / every time we…".
  a(
    "{you} (?:do|pull|say|did) (?:this|that|it) (?:(?:every|each) (?:single )?time|all the time|constantly|again and again|every day)",
  ),
  // "All you ever do is scroll", "All you care about is work". Not "All you ever do is make me smile".
  a("all {you} (?:ever )?(?:do|care about|think about|talk about|want)", { unless: [warmAfter] }),
  // "Not once have you offered", "Not a single time this month have you…", "You haven't once asked".
  a(
    either(
      `not (?:once|one time|a single time|one single time)(?: ${WORD}){0,4} (?:have|did|has|do) {you}`,
      "{you} (?:haven't|have not|didn't|did not) (?:once|even once)",
    ),
  ),
  // "Can you just listen for once?": implies they never do. Only when the sentence is about them.
  a("for once", { only: [aimedAtYou] }),
  // "You keep forgetting…": a pattern named as a fault. Not "You keep making me laugh".
  a("{you} keep (?:on )?\\p{L}+ing", { unless: [warmAfter] }),
  // "You're on your phone all the time / constantly": a you-clause ending in a frequency.
  a(`{you}(?:'re| are)? [^,.!?;:\\n]{0,40}?(?<flag>${FREQUENCY})`, {
    only: [startsClause],
    unless: [warmWithin, warmAfter],
  }),
];
