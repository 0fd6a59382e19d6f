/**
 * The types the helper's parts share (the kinds of flag, what a check sees, a check), in a
 * module of their own so that the rule tables, their checks and the analyser import them
 * without importing each other.
 */

export type FlagKind = "absolute" | "blame" | "label" | "contempt" | "dismissal";

/**
 * What a rule's checks can see around one match. All strings are normalised (lower case,
 * straight quotes); `before` and `after` stop at clause or sentence punctuation, because a
 * comma or full stop usually starts a new thought ("Look, calm down" vs "Let's calm down").
 */
export interface MatchContext {
  norm: string;
  start: number;
  end: number;
  /** From the last clause break (, ; : . ! ? dash, bracket, quote, new line) up to the match. */
  before: string;
  /** From the end of the match up to the next sentence break (. ! ? new line). */
  after: string;
  /** The matched words themselves. */
  matched: string;
}

/** One context check of a rule: does this occurrence hold (or, in `unless`, read as gentle)? */
export type Check = (m: MatchContext) => boolean;
