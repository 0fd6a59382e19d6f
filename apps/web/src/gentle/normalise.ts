/**
 * Text preparation for the rules. Everything here keeps offsets: the normalised text has the
 * same length as the original, so a match at [start, end) in it is the same span in what the
 * partner wrote, and `text.slice(start, end)` gives back the phrase as written.
 */

/** Curly and look-alike apostrophes, all read as `'`. */
const APOSTROPHES = new Set(["\u2019", "\u2018", "\u201B", "\u02BC", "\u2032", "`", "\u00B4"]);
/** Curly and low double quotes, all read as `"`. */
const DOUBLE_QUOTES = new Set(["\u201C", "\u201D", "\u201E", "\u2033", "\u00AB", "\u00BB"]);

const QUOTE_LOOKALIKES = /[\u2018\u2019\u201B\u02BC\u2032`\u00B4\u201C\u201D\u201E\u2033\u00AB\u00BB]/g;
const straighten = (ch: string): string => (APOSTROPHES.has(ch) ? "'" : DOUBLE_QUOTES.has(ch) ? '"' : ch);

/**
 * Lower-cases and straightens quotes. Lower-casing the whole string at once is the fast path;
 * when it would change the length (rare: "İ" becomes two characters) we go one character at a
 * time and keep such characters as they are, because a longer string would shift every offset.
 */
export function normalise(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower.replace(QUOTE_LOOKALIKES, straighten);
  let out = "";
  for (const ch of text) {
    const low = ch.toLowerCase();
    out += straighten(low.length === ch.length ? low : ch);
  }
  return out;
}

/** A half-open range of offsets. */
export interface Span {
  start: number;
  end: number;
}

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * Spans inside quotation marks, so that quoting the other person ("when you said 'calm down'")
 * is read as reporting, not as saying it. Double quotes pair up in order. A single quote opens
 * only before a letter and after a non-letter, and closes only after a non-space and before a
 * non-letter, so the apostrophes in "don't" and "Sam's" are never mistaken for quotes.
 * An unclosed quote marks nothing: while someone is still typing it may never be closed.
 */
export function quotedSpans(norm: string): Span[] {
  const spans: Span[] = [];
  let openDouble = -1;
  let openSingle = -1;
  for (let i = 0; i < norm.length; i++) {
    const ch = norm[i];
    if (ch === '"') {
      if (openDouble < 0) openDouble = i;
      else {
        spans.push({ start: openDouble, end: i + 1 });
        openDouble = -1;
      }
    } else if (ch === "'") {
      const before = norm[i - 1];
      const after = norm[i + 1];
      if (openSingle < 0) {
        if (!isLetter(before) && isLetter(after)) openSingle = i;
      } else if (before !== undefined && before.trim() !== "" && !isLetter(after)) {
        spans.push({ start: openSingle, end: i + 1 });
        openSingle = -1;
      }
    }
  }
  return spans;
}
