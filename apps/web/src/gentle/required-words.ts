/**
 * A cheap gate in front of each rule's regular expression. Running ~100 expressions over a long
 * text on every keystroke is the main cost; most never match because their words are not there
 * at all. `requiredWords(source)` reads a pattern and returns strings of which at least one must
 * appear in any match, or null when it cannot promise that. `wordFinder` then finds, in one pass
 * over the text, which of all the rules' strings are present, and a rule whose strings are all
 * absent is skipped.
 *
 * It understands the subset of regular-expression syntax the rule tables use: groups (plain,
 * named, look-around), alternation, classes, escapes and quantifiers. Anything it cannot promise
 * (optional parts, classes, look-arounds) counts as "no promise", which only makes the gate
 * weaker, never wrong. `analyse.test.ts` checks the gate against the labelled set.
 */

/**
 * Past this many strings a promise is not worth keeping. All rules' strings are looked for in one
 * pass (`wordFinder`), so long word lists (every label adjective) cost little; the cap only
 * guards against a pattern so loose that its promise would be most of the dictionary.
 */
const MAX_STRINGS = 400;

type Need = readonly string[] | null;

export function requiredWords(source: string): Need {
  const parser = new Parser(source);
  const need = parser.alternation();
  return need && need.length <= MAX_STRINGS ? need : null;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/**
 * Builds a finder that reports which of `words` occur in a text, in one pass. A lookahead
 * capture is tried at every offset, longest word first, so overlapping words are not missed;
 * a word found also counts every shorter listed word inside it ("never" brings "ever").
 */
export function wordFinder(words: Iterable<string>): (text: string) => Set<string> {
  const list = [...new Set(words)].sort((a, b) => b.length - a.length);
  if (list.length === 0) return () => new Set();
  const scan = new RegExp(`(?=(${list.map(escapeRegExp).join("|")}))`, "g");
  const inside = new Map(list.map((w) => [w, list.filter((v) => w.includes(v))]));
  return (text) => {
    const found = new Set<string>();
    scan.lastIndex = 0;
    for (let m = scan.exec(text); m !== null; m = scan.exec(text)) {
      for (const w of inside.get(m[1] ?? "") ?? []) found.add(w);
      scan.lastIndex = m.index + 1;
    }
    return found;
  };
}

/** The better promise: longer strings are rarer and faster to rule out; fewer is cheaper. */
function better(a: Need, b: Need): Need {
  if (!a) return b;
  if (!b) return a;
  const minA = Math.min(...a.map((s) => s.length));
  const minB = Math.min(...b.map((s) => s.length));
  if (minA !== minB) return minA > minB ? a : b;
  return a.length <= b.length ? a : b;
}

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  /** branch ('|' branch)*: every branch must promise something, and any of them may occur. */
  alternation(): Need {
    const branches: Need[] = [this.sequence()];
    while (this.src[this.i] === "|") {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.some((b) => b === null)) return null;
    return [...new Set(branches.flatMap((b) => b ?? []))];
  }

  /** A run of atoms: consecutive plain characters join into one string; keep the best promise. */
  private sequence(): Need {
    let best: Need = null;
    let run = "";
    const endRun = (): void => {
      if (run) best = better(best, [run]);
      run = "";
    };
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      const atom = this.atom();
      const { min, max } = this.quantifier();
      if (atom.char !== undefined && min >= 1) {
        run += atom.char;
        if (max !== 1) endRun();
      } else {
        endRun();
        if (min >= 1) best = better(best, atom.need);
      }
    }
    endRun();
    return best;
  }

  /** One atom: a plain character (char), or something with a promise of its own (need). */
  private atom(): { char?: string; need: Need } {
    const ch = this.src[this.i++] ?? "";
    if (ch === "(") {
      let lookaround = false;
      if (this.src[this.i] === "?") {
        const head = this.src.slice(this.i, this.i + 3);
        lookaround = /^\?(?:[=!]|<[=!])/.test(head);
        if (head.startsWith("?<") && !lookaround) this.i = this.src.indexOf(">", this.i) + 1;
        else this.i += head.startsWith("?<") ? 3 : 2;
      }
      const need = this.alternation();
      this.i++; // ")"
      return { need: lookaround ? null : need };
    }
    if (ch === "[") {
      while (this.i < this.src.length && this.src[this.i] !== "]") this.i += this.src[this.i] === "\\" ? 2 : 1;
      this.i++;
      return { need: null };
    }
    if (ch === "\\") {
      const next = this.src[this.i++] ?? "";
      if (next === "p" || next === "P") this.i = this.src.indexOf("}", this.i) + 1;
      // "\x27" and "\u2019" name one character: their digits are not text to look for.
      if (next === "x") this.i += 2;
      if (next === "u") this.i += this.src[this.i] === "{" ? this.src.indexOf("}", this.i) + 1 - this.i : 4;
      if (next === "n") return { char: "\n", need: null };
      // An escaped punctuation mark is itself; letters after "\" are classes (\s, \w, \b…).
      return /[a-z0-9]/i.test(next) ? { need: null } : { char: next, need: null };
    }
    if (ch === "." || ch === "^" || ch === "$") return { need: null };
    return { char: ch, need: null };
  }

  /** How many times the atom may repeat; a trailing "?" (lazy) changes nothing here. */
  private quantifier(): { min: number; max: number } {
    const ch = this.src[this.i];
    let q = { min: 1, max: 1 };
    if (ch === "?") q = { min: 0, max: 1 };
    else if (ch === "*") q = { min: 0, max: Infinity };
    else if (ch === "+") q = { min: 1, max: Infinity };
    else if (ch === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return q;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      this.i += m[0].length;
      if (this.src[this.i] === "?") this.i++;
      return { min, max };
    } else return q;
    this.i++;
    if (this.src[this.i] === "?") this.i++;
    return q;
  }
}
