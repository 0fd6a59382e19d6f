import type { Check, FlagKind } from "./match";

export type { Check } from "./match";

/**
 * One line of a rule table: a phrase pattern, what to say about it, and the context checks that
 * decide whether this occurrence is escalating. Rules are tried on the normalised text (lower
 * case, straight quotes), so patterns are written in lower case with plain `'`.
 */
export interface Rule {
  kind: FlagKind;
  /** Built with `phrase()`. A named group `flag` narrows the flagged span to part of the match. */
  pattern: RegExp;
  /** One calm sentence on why this may land hard. `{phrase}` is replaced with the words as written. */
  why: string;
  /** A gentler way to say it; the kind's default when left out. */
  suggestion?: string;
  /** The match counts only when every check here holds. */
  only?: readonly Check[];
  /** The match is skipped when any check here holds: it reads as gentle in this context. */
  unless?: readonly Check[];
}

/** Any word: letters, digits, apostrophes, hyphens. */
export const WORD = "[\\p{L}\\p{N}'-]+";

/** Shorthands usable inside `phrase()`. Text speak ("u", "ur") is common on phones. */
const MACROS: Record<string, string> = {
  you: "(?:you|u)",
  youre: "(?:you're|youre|you\\s+are|u\\s+r|ur|u're)",
  your: "(?:your|ur)",
  // "bc of u", "cuz of you", "coz you forgot", "'cause of you".
  because: "(?:because|bc|b/c|cuz|coz|cos|\\x27cause|bcos|bcuz|becuz|bcoz)",
  // "wtf is wrong w u", "w/ you".
  with: "(?:with|w/?|wiv|wit)",
};

/**
 * Compiles a readable phrase into a regular expression:
 * - a space matches any run of white space, so "you   always" still matches; " ?" (an optional
 *   space, as in "passive-? ?aggressive") matches any white space or none;
 * - `'` is optional, so "youre" and "you're" (and "you’re", after normalising) all match;
 * - `{you}`, `{youre}`, `{your}`, `{because}` and `{with}` expand as in MACROS;
 * - the phrase must start and end on word boundaries: "relax" does not match "relaxed", and "u"
 *   does not match inside "about". The end is checked here; the start by `startsWord`, which the
 *   caller runs on each match.
 * Anything else is ordinary regular-expression syntax (groups, `|`, `?`, named group `flag`).
 */
export function phrase(source: string): RegExp {
  const body = source
    .replace(/'/g, "'?")
    .replace(/ \?/g, "\\s*")
    .replace(/ /g, "\\s+")
    .replace(/\{(\w+)\}/g, (whole, name: string) => MACROS[name] ?? whole);
  // The start-of-word check is done by the caller (`startsWord`): a lookbehind here would stop
  // the engine from skipping quickly to the first letter, and that is most of the cost.
  return new RegExp(`(?:${body})(?![\\p{L}\\p{N}])`, "gdu");
}

/** Joins a word list into a regex alternation for use inside `phrase()`. */
export const oneOf = (words: readonly string[]): string => `(?:${words.join("|")})`;

/** The match starts a word: not "bu" in "about", not "u" in "you". */
export function startsWord(norm: string, index: number): boolean {
  const before = norm[index - 1];
  return before === undefined || !/[\p{L}\p{N}']/u.test(before);
}

/** Alternatives for `phrase()`, one per line in the tables: `phrase(either("a b", "c d"))`. */
export const either = (...alternatives: readonly string[]): string => alternatives.join("|");

/**
 * Joins a long list of plain words (letters, `'` and `-` only) into one alternation shaped like a
 * tree of shared beginnings ("idiot", "idiotic", "idiocy" → `idio(?:t(?:ic)?|cy)`), so a rule
 * with a thousand words still reads each letter of the text at most once, with no backtracking
 * between words. Longer words are tried first, so "idiotic" is not read as "idiot".
 */
export function wordTree(words: Iterable<string>): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const word of words) {
    if (!/^[a-z][a-z'-]*$/.test(word)) throw new Error(`wordTree takes plain words: ${word}`);
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: Node): string => {
    const branches = [...node.next].map(([ch, child]) => ch + emit(child));
    if (branches.length === 0) return "";
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join("|")})`;
    if (!node.end) return body;
    return branches.length === 1 && branches[0]!.length === 1 ? `${body}?` : `(?:${body})?`;
  };
  return `(?:${emit(root)})`;
}
