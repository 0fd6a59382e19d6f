import { warmSentence } from "./context";
import type { Rule } from "./rule";

/**
 * The few readings that need the sentence before: a question the speaker answers for the other
 * person ("Who left the oven on? You did."), and an absolute said as a sentence of its own ("Late.
 * Again."). Each sentence is still read on its own first; these only add a flag to a short second
 * sentence that has none. Offsets are within that second sentence; `analyse` places them.
 */

const answered: Rule = {
  kind: "blame",
  pattern: /who\b[^?]*\?/,
  why: "“{phrase}”, as the answer to your own question, turns the question into a charge they must defend.",
};
const answeredAlways: Rule = { ...answered, kind: "absolute" };
const echo: Rule = {
  kind: "absolute",
  pattern: /again/,
  why: "“{phrase}” can sound like a verdict on who they are, and invites them to find the exception.",
};

/** "Who left the oven on?", "Who always ends up paying?": asking who did it. */
const WHO_QUESTION = /^\s*(?:(?:and|so|oh|honestly|seriously|ok|okay|right|remind me),?\s+)?who\b[^?]{0,120}\?[\s"')\]]*$/;
/** A question about always or never: "Who ever does the washing?" */
const ALWAYS = /\b(?:always|ever|never|every time)\b/;
/** A deed in the past: "Who forgot…", "Who left…", "Who didn't…". */
const WHO_DID =
  /^\s*(?:(?:and|so|oh|honestly|seriously|ok|okay|right|remind me),?\s+)?who\s+(?:\p{L}+ed|forgot|left|broke|lost|spent|ate|drank|took|did|didn't|said|made|wasn't|couldn't|wouldn't|got|let|put|gave|told|ran|drove|missed|bought|threw|knocked|dropped|invited|kept|never)\b/u;
/** The speaker's own answer: "You did.", "You.", "Not you.", "Me, obviously." Not "You did? Wow!" */
const SELF_ANSWER =
  /^\s*(?:(?:oh|yeah|yep|that's right|that'd be|that would be|guess what|spoiler),?\s+)?(?<flag>(?:not\s+)?(?<who>you|u|me)(?:,?\s+(?:did|do|again|obviously|of course|as usual|as always|every time|that's who|always|never|every single time))?)[\s.!]*$/du;
/** The speaker owning it: "Me, sorry.", "I did, oops.", "That was me." Not "Me? Never!" */
const OWN_ANSWER = /^\s*(?:(?:oh|yeah|yep|um|erm|ok|okay|haha|lol),?\s+)?(?:me|i did|that was me|that'd be me|guilty)\b[^?]*$/;
/** An absolute as its own sentence: "Again.", "As usual." */
const ECHO = /^\s*(?:(?:and|oh|yep|yeah|yup),?\s+)?(?<flag>again|yet again|once again|as usual|as always|per usual|same as always|like always)[\s.!?]*$/d;
const KIND_WORDS = /\b(?:sorry|thank\w*|thx|please|love you)\b/;
const YOU = /\b(?:you|u|your|ur|you're|youre)\b/;
const SELF = /\b(?:i|i'm|im|i've|my|me|we|our)\b/;

/** A flag the previous sentence makes of this one, if any (offsets within `sentence`). */
export function flagFromBefore(previous: string, sentence: string): { rule: Rule; start: number; end: number } | undefined {
  if (sentence.length > 40) return undefined;
  const answer = SELF_ANSWER.exec(sentence);
  if (answer?.indices?.groups?.["flag"] && WHO_QUESTION.test(previous) && !warmSentence(previous)) {
    const [start, end] = answer.indices.groups["flag"];
    if (ALWAYS.test(previous)) return { rule: answeredAlways, start, end };
    // "Who forgot the keys? Me, sorry": owning it is not a charge; only "you" is.
    if (answer.groups?.["who"] !== "me" && WHO_DID.test(previous)) return { rule: answered, start, end };
    return undefined;
  }
  const again = ECHO.exec(sentence);
  if (again?.indices?.groups?.["flag"] && previous.trim() !== "" && !warmSentence(previous) && !KIND_WORDS.test(previous)) {
    const words = previous.trim().split(/\s+/).length;
    if (YOU.test(previous) || (words <= 3 && !SELF.test(previous))) {
      const [start, end] = again.indices.groups["flag"];
      return { rule: echo, start, end };
    }
  }
  return undefined;
}

/**
 * A short question followed by a plainly warm sentence was delight, not a charge: "You did this?
 * It's beautiful!", "Seriously? That's wonderful!".
 */
export function delightedQuestion(sentence: string, next: string): boolean {
  const trimmed = sentence.trim();
  return /\?[\s"')\]]*$/.test(trimmed) && trimmed.split(/\s+/).length <= 4 && warmSentence(next);
}

/**
 * A "who…?" question the speaker answers with "me" owned it, so nothing in the question is a
 * charge (whatever read it as one, rules or model): "Who forgot the keys? Me, sorry."
 */
export function ownedQuestion(sentence: string, next: string): boolean {
  if (next.length > 40 || !WHO_QUESTION.test(sentence)) return false;
  return OWN_ANSWER.test(next);
}
