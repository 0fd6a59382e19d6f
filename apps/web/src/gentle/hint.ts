import type { Flag } from "./analyse";

/**
 * How one flag reads in the note under the text box: the reason, which quotes the phrase once,
 * then one suggestion with its own lead-in ("Try: …"). Nothing is added around them, so the
 * phrase is never quoted twice and the suggestion never gets a second lead-in ("Maybe: Try…").
 */
export interface HintLine {
  /** The reason up to the quoted phrase (usually empty: the reason starts with it). */
  before: string;
  /** The phrase in quotation marks, as it appears in the reason: “You always”. */
  quoted: string;
  /** The rest of the reason. */
  after: string;
  /** The suggestion, lead-in included. */
  suggestion: string;
}

const QUOTED = /“[^”]*”/;

export function hintLine(flag: Flag): HintLine {
  const m = QUOTED.exec(flag.why);
  if (!m) return { before: flag.why, quoted: "", after: "", suggestion: flag.suggestion };
  return {
    before: flag.why.slice(0, m.index),
    quoted: m[0],
    after: flag.why.slice(m.index + m[0].length),
    suggestion: flag.suggestion,
  };
}

/** The whole line as plain text, as a screen reader hears it. */
export function hintText(flag: Flag): string {
  const { before, quoted, after, suggestion } = hintLine(flag);
  return `${before}${quoted}${after} ${suggestion}`;
}
