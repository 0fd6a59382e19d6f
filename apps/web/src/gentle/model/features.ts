import { LABEL_ADJECTIVES, LABEL_FILLERS, NAME_CALLS, NEGATORS, WARM_WORDS } from "../lexicon";
import { NEGATIVE_DESCRIPTIONS, POSITIVE_WORDS } from "../valence-words";

/**
 * What the statistical fallback (model.ts) sees of one sentence: hashed words, word pairs, the
 * words around "you", pieces of words, and a few features the rules also reason with (who is the
 * subject, sour words near "you", absolutes, commands, "why do you…", the recommended "I felt …
 * when you …" frame, reported speech, negation). The trainer (../train/train.ts) and the page use
 * this same code, so what was trained is what runs.
 *
 * Everything is bounded: a sentence is read up to MAX_TOKENS words.
 */

/** Past this many words a sentence is not read further: keeps a pasted wall of text cheap. */
export const MAX_TOKENS = 80;

/** Text speak and missing apostrophes, read as the full word. */
const CANONICAL: Record<string, string> = {
  u: "you", ya: "you", yu: "you", ur: "your", yr: "your", youre: "you're", r: "are", im: "i'm", ive: "i've",
  dont: "don't", cant: "can't", wont: "won't", didnt: "didn't", doesnt: "doesn't", isnt: "isn't", wasnt: "wasn't",
  arent: "aren't", couldnt: "couldn't", wouldnt: "wouldn't", shouldnt: "shouldn't", havent: "haven't",
  thats: "that's", whats: "what's", cuz: "because", cos: "because", coz: "because", bc: "because",
  pls: "please", plz: "please", tho: "though", ppl: "people", "you've": "you've", youve: "you've", youll: "you'll",
  "u're": "you're", "u've": "you've", "u'll": "you'll",
};

const YOU_WORDS = new Set(["you", "your", "you're", "you've", "you'll", "you'd", "yourself", "yours"]);
const SUBJECT_YOU = new Set(["you", "you're", "you've", "you'll", "you'd"]);
const SELF_WORDS = new Set(["i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself", "we", "we're", "we've", "us", "our", "let's"]);
const plain = (words: readonly string[]): string[] => words.filter((w) => /^[a-z' -]+$/.test(w));
const NEGATIVE = new Set([...NEGATIVE_DESCRIPTIONS, ...plain(LABEL_ADJECTIVES), ...plain(NAME_CALLS)]);
const FILLERS = new Set([...plain(LABEL_FILLERS).filter((w) => !w.includes(" ")), "literally", "actually", "even", "still", "ever", "bloody", "fucking", "effing", "damn", "flipping", "sodding", "seriously", "honestly", "clearly", "obviously"]);
const FEELING_WORDS = new Set(["hurt", "sad", "lonely", "upset", "scared", "anxious", "worried", "embarrassed", "ignored", "unheard", "alone", "dismissed", "small", "unimportant", "let", "frustrated", "angry", "stressed", "overwhelmed", "tired", "exhausted", "disappointed", "sorry", "confused", "afraid", "nervous", "insecure"]);
/** Frequent little words kept as themselves in the word-class sequence; others become "_". */
const FUNCTION = new Set(["the", "a", "an", "to", "of", "and", "but", "so", "because", "when", "if", "that", "this", "it", "it's", "is", "are", "was", "were", "be", "been", "do", "does", "did", "have", "has", "had", "can", "could", "would", "should", "will", "why", "what", "how", "who", "oh", "well", "just", "like", "for", "with", "about", "on", "at", "in", "up", "out", "me", "my", "i", "i'm", "we", "us", "our", "thanks", "sure", "right", "wow", "great", "again", "then", "there", "too", "very", "really", "made", "make", "makes", "let's", "please", "no", "yes", "ok", "okay", "fine", "who", "one", "thing", "time"]);
/** A word as its class: NEG(ative description), POS, ABS(olute), NOT, INT(ensifier), FEEL, YOU, or itself. */
function wordClass(w: string): string {
  if (YOU_WORDS.has(w)) return w === "your" || w === "yours" ? "YOUR" : "YOU";
  if (NEGATION.test(w)) return "NOT";
  if (ABSOLUTES.has(w)) return "ABS";
  if (NEGATIVE.has(w)) return "NEG";
  if (FEELING_WORDS.has(w)) return "FEEL";
  if (POSITIVE.has(w)) return "POS";
  if (FILLERS.has(w)) return "INT";
  if (FUNCTION.has(w)) return w;
  return "_";
}
const POSITIVE = new Set(POSITIVE_WORDS);
const WARM = new RegExp(`\\b(?:${WARM_WORDS.join("|")})\\b`);
const NEGATION = new RegExp(`^(?:${NEGATORS.filter((n) => !n.includes(" ")).join("|")})$`);
const ABSOLUTES = new Set([
  "always", "never", "ever", "every", "everything", "nothing", "constantly", "forever", "all", "each", "whenever",
  "again", "once", "anything", "everyone", "nobody", "usual", "single", "continually", "repeatedly",
]);
/** Verbs that start a command: "Stop…", "Get over it", "Deal with it". */
const COMMANDS = new Set([
  "stop", "get", "go", "grow", "calm", "relax", "deal", "move", "drop", "quit", "shut", "leave", "spare", "give",
  "keep", "chill", "cut", "man", "toughen", "lighten", "bugger", "piss", "sod", "forget", "listen", "look", "think",
  "try", "learn", "let", "don't", "do", "be", "just", "stay", "mind", "wake", "act", "take", "put", "shape", "sort",
]);
const CLAUSE_STARTERS = new Set(["and", "but", "because", "so", "then", "when", "if", "that", "while", "since", "cause"]);
const REPORTING = new Set(["said", "say", "says", "saying", "told", "tell", "tells", "called", "call", "calling", "wrote", "texted", "asked"]);
const FEELINGS = new Set(["felt", "feel", "feeling", "get", "got", "was", "am", "i'm", "hurt", "stung", "upset", "sad", "scared"]);

/** The last character that is not white space, a closing quote or a bracket (no regex: cheap on any input). */
function lastMark(norm: string): string {
  for (let i = norm.length - 1; i >= 0; i--) {
    const ch = norm.charAt(i);
    if (!/[\s"')\]]/.test(ch)) return ch;
  }
  return "";
}

/** One token of a sentence: the word read (canonical form) and where it ends a clause. */
interface Token {
  word: string;
  /** A comma, semicolon, colon, dash or bracket comes right after it. */
  clauseEnd: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*|[,;:()\u2014\u2013?!]/gu;

/** The sentence's words, canonical, up to MAX_TOKENS, with the clause breaks between them. */
export function tokens(norm: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(norm); m !== null && out.length < MAX_TOKENS; m = TOKEN.exec(norm)) {
    const raw = m[0];
    if (/^[,;:()\u2014\u2013?!]$/.test(raw)) {
      const last = out[out.length - 1];
      if (last) last.clauseEnd = true;
      continue;
    }
    out.push({ word: CANONICAL[raw] ?? raw, clauseEnd: false });
  }
  return out;
}

/** 32-bit FNV-1a of a string; the model's buckets are slices of it. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The named features of one normalised sentence (each present once; the model hashes them).
 * Names are short prefixes: `w:` word, `b:` word pair, `s:` first words, `y+1:` the word after
 * "you", `c:` part of a word, `h:` a hand feature.
 */
export function featureNames(norm: string): string[] {
  const endsWithQuestion = lastMark(norm) === "?";
  const toks = tokens(norm);
  const names = new Set<string>();
  const words = toks.map((t) => t.word);
  const n = words.length;
  names.add("bias");
  if (n === 0) return [...names];

  // Words after a negation, up to the end of its clause, are read as negated: "not your fault"
  // gives "!your !fault", not "your fault".
  const negated = new Uint8Array(n);
  for (let i = 0, on = false; i < n; i++) {
    if (i > 0 && toks[i - 1]!.clauseEnd) on = false;
    negated[i] = on ? 1 : 0;
    if (NEGATION.test(words[i]!)) on = true;
  }
  const plainWords = words;
  const marked = words.map((w, i) => (negated[i] ? `!${w}` : w));

  // Words, pairs, the start of the sentence.
  for (let i = 0; i < n; i++) {
    const w = marked[i]!;
    names.add(`w:${w}`);
    if (i + 1 < n && !toks[i]!.clauseEnd) names.add(`b:${w} ${marked[i + 1]}`);
    // Parts of words, so "wrecked" shares with "wreck" and "selfishness" with "selfish".
    const p = plainWords[i]!;
    if (p.length >= 4 && !YOU_WORDS.has(p)) {
      const padded = `<${negated[i] ? "!" : ""}${p}>`;
      for (let k = 0; k + 4 <= padded.length; k++) names.add(`c:${padded.slice(k, k + 4)}`);
    }
  }
  // The sentence as word classes, in threes: "YOU INT NEG" generalises "you're literally useless".
  const classes = words.map(wordClass);
  for (let i = 0; i < n; i++) {
    const c = (j: number): string => (negated[j] ? `!${classes[j]}` : classes[j]!);
    if (i + 1 < n) names.add(`k:${c(i)} ${c(i + 1)}`);
    if (i + 2 < n) names.add(`k:${c(i)} ${c(i + 1)} ${c(i + 2)}`);
  }
  names.add(`ks:${classes[0]}${n > 1 ? ` ${classes[1]}` : ""}`);
  names.add(`s:${words[0]}`);
  if (n > 1) names.add(`s:${words[0]} ${words[1]}`);
  names.add(`e:${words[n - 1]}`);

  // Clauses: runs of tokens between breaks and clause-starting words.
  const clauseOf = new Int32Array(n);
  let clause = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && (toks[i - 1]!.clauseEnd || CLAUSE_STARTERS.has(words[i]!))) clause++;
    clauseOf[i] = clause;
  }

  let you = 0;
  let youSubject = false;
  let youNegative = false;
  let youAbsolute = false;
  let negatedYou = false;
  let reportedYou = false;
  let youPositive = false;
  let negatives = 0;
  let positives = 0;
  let absolutes = 0;
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const prev = words[i - 1];
    const negatedHere = (prev !== undefined && NEGATION.test(prev)) || (i > 1 && NEGATION.test(words[i - 2]!));
    if (NEGATIVE.has(w) && !negatedHere) negatives++;
    if (POSITIVE.has(w) && !negatedHere) positives++;
    if (ABSOLUTES.has(w)) absolutes++;
    if (!YOU_WORDS.has(w)) continue;
    you++;
    // The words that follow "you" (skipping one or two inserted words) and the one before it.
    for (let k = 1; k <= 3 && i + k < n; k++) {
      names.add(`y+${k}:${marked[i + k]}`);
      names.add(`ky+${k}:${w === "your" ? "r" : ""}${negated[i + k] ? "!" : ""}${classes[i + k]}`);
    }
    if (i + 2 < n) names.add(`y+:${marked[i + 1]} ${marked[i + 2]}`);
    if (prev !== undefined) names.add(`y-1:${marked[i - 1]}`);
    if (SUBJECT_YOU.has(w) && (i === 0 || clauseOf[i - 1] !== clauseOf[i] || CLAUSE_STARTERS.has(prev ?? ""))) youSubject = true;
    // Across the clause of this "you".
    for (let j = Math.max(0, i - 6); j < Math.min(n, i + 7); j++) {
      if (clauseOf[j] !== clauseOf[i] || j === i) continue;
      const v = words[j]!;
      if (NEGATIVE.has(v)) youNegative = true;
      if (POSITIVE.has(v)) youPositive = true;
      if (ABSOLUTES.has(v)) youAbsolute = true;
      if (j < i && NEGATION.test(v)) negatedYou = true;
      if (j < i && REPORTING.has(v)) reportedYou = true;
    }
  }

  const text = ` ${words.join(" ")} `;
  const h = (name: string, on: boolean): void => {
    if (on) names.add(`h:${name}`);
  };
  h("you", you > 0);
  h("you2", you > 1);
  h("you-subject", youSubject);
  h("you-negative", youNegative);
  h("you-positive", youPositive);
  h("you-absolute", youAbsolute);
  h("you-negated", negatedYou);
  h("you-reported", reportedYou);
  h("negative", negatives > 0);
  h("negative2", negatives > 1);
  h("positive", positives > 0);
  h("warm", WARM.test(text));
  h("absolute", absolutes > 0);
  h("no-you", you === 0);
  const first = SELF_WORDS.has(words[0]!) ? "self" : YOU_WORDS.has(words[0]!) ? "you" : "other";
  names.add(`h:starts-${first}`);
  h("command", COMMANDS.has(words[0]!) && words[0] !== "let's");
  h("why-you", / why (?:do|does|did|would|are|were|is|can't|won't|don't|didn't|must|should|have|has) (?:you|your)\b/.test(text));
  h("how-could", / how (?:could|can|dare|hard|many|much|come|is it|would) /.test(text));
  h("what-kind", / what (?:kind|sort|type) of /.test(text));
  h("question", endsWithQuestion);
  h("feel-when", / (?:i|i've) (?:\S+ ){0,3}?(?:felt|feel|get|got|was|am|i'm|feeling) (?:\S+ ){0,4}?(?:when|that|because|after) you/.test(text) || / (?:it|that) (?:really )?(?:hurt|stung|upset me|scared me) when you/.test(text));
  h("i-feel", / (?:i|i'm|i've) (?:been )?(?:feel|felt|feeling) /.test(text));
  h("reported", / (?:said|told me|called me|say|says) /.test(text));
  h("negation", words.some((w) => NEGATION.test(w)));
  h("sorry", / (?:sorry|apologise|apologize) /.test(text));
  h("thanks", / (?:thank|thanks|thank you|cheers) /.test(text));
  h("please", / please /.test(text));
  h("request", /^ (?:can|could|would|will) (?:you|we) /.test(text));
  h("lets", / (?:let's|we) /.test(text));
  const len = n <= 2 ? "1" : n <= 5 ? "2" : n <= 10 ? "3" : n <= 20 ? "4" : "5";
  names.add(`h:len${len}`);
  return [...names];
}

/** How much a hand feature (`h:`) counts beside the others; set by the trainer. */
export const HAND_WEIGHT = { value: 1 };

/**
 * The feature vector: bucket indices and values. Each feature counts ±1/√n (n features), so a long
 * sentence does not outweigh a short one; hand features count HAND_WEIGHT times that. The sign
 * comes from another bit of the hash, so two features in one bucket tend to cancel rather than add.
 */
export function vector(names: readonly string[], bits: number, handWeight = HAND_WEIGHT.value): { index: Int32Array; value: Float32Array } {
  const mask = (1 << bits) - 1;
  const index = new Int32Array(names.length);
  const value = new Float32Array(names.length);
  const scale = 1 / Math.sqrt(Math.max(1, names.length));
  names.forEach((name, i) => {
    const h = hash(name);
    index[i] = h & mask;
    value[i] = (h & 0x80000000 ? -scale : scale) * (name.startsWith("h:") ? handWeight : 1);
  });
  return { index, value };
}
