import { aboutSelfOrOthers, askingNotTelling, negatedBefore, toldTo, warmAround, type MatchContext } from "./context";
import { LABEL_ADJECTIVES, LABEL_FILLERS, LABEL_NOUNS, LABEL_SUPERLATIVES, NAME_CALLS, YOU_ARE } from "./lexicon";
import { either, oneOf, phrase, type Rule } from "./rule";

/**
 * Labels and insults: words for what the other person is, instead of what happened. A label
 * has no way back; a moment does.
 */
const why = "“{phrase}” names what they are rather than what happened, which is hard to hear without defending.";
const suggestion = "Try describing the moment instead of the person: “When you …, I felt …”";
const l = (pattern: string, extra: Partial<Omit<Rule, "kind" | "pattern">> = {}): Rule => ({
  kind: "label",
  pattern: phrase(pattern),
  why,
  suggestion,
  ...extra,
});

const ADJ = oneOf(LABEL_ADJECTIVES);
const NOUN = oneOf(LABEL_NOUNS);
const NAME_CALL = oneOf(NAME_CALLS);
const YOU_ARE_SO = `${oneOf(YOU_ARE)} (?:${oneOf(LABEL_FILLERS)} ){0,4}`;
/** Roles a person can be told they fail at: "a terrible listener", "a bad partner". */
const ROLE =
  "(?:person|partner|listener|husband|wife|boyfriend|girlfriend|parent|mother|father|dad|mum|mom|friend|human(?: being)?|communicator|driver|cook)";
const BAD =
  "(?:terrible|awful|horrible|bad|lousy|rubbish|crap|shit|shitty|useless|hopeless|pathetic|selfish|lazy|cold)";

/** "I used to think you were controlling, but now I understand": a belief being taken back. */
const takenBack = (m: MatchContext): boolean =>
  /\b(?:used to think|thought|assumed|worried)\b/.test(m.before) && /\bbut\b/.test(m.after);

export const labelRules: readonly Rule[] = [
  // "You're so selfish", "You are a liar", "You were being completely unreasonable", "You sound
  // like a child". Not "You're not selfish", "I don't think you're lazy", "Do you get jealous?".
  l(`${YOU_ARE_SO}(?:${ADJ}|${NOUN})`, { unless: [negatedBefore, askingNotTelling, takenBack] }),
  // "You are the laziest person I know": a superlative label.
  l(`${YOU_ARE_SO}the ${oneOf(LABEL_SUPERLATIVES)}`, { unless: [negatedBefore, askingNotTelling] }),
  // "You're a terrible listener", "You're a bad partner": a role failed, as a verdict.
  l(`${YOU_ARE_SO}${BAD} ${ROLE}`, { unless: [negatedBefore, askingNotTelling] }),
  // "What is it with you and money?": exasperation at who they are.
  l("what(?:'s| is) it with {you}"),
  // "You liar", "You selfish idiot": name-calling.
  l(`{you} (?:${ADJ} )?${NAME_CALL}`),
  // "What an idiot", "Such a child". Not "I felt like such an idiot" or "He's such a jerk".
  l(`(?:what|such) (?:a|an) (?:${ADJ} )?${NAME_CALL}`, { unless: [aboutSelfOrOthers] }),
  // "That was so thoughtless of you", "How selfish can you be?", "How stupid are you?"
  l(
    either(
      `${ADJ} of {you}`,
      `how ${ADJ} (?:can|could) (?:{you}|one person|someone|anyone|a person) (?:be|get)`,
      `how ${ADJ} (?:are|were) {you}`,
    ),
    { unless: [negatedBefore] },
  ),
  // "You're just like your father". Not "You're just like your dad when you laugh, I love it".
  l("(?:{youre}|{you} sound|{you} act) (?:just |exactly )?like {your} (?:mother|mum|mom|father|dad|sister|brother|ex)", {
    unless: [warmAround, negatedBefore],
  }),
  // "Stop acting like a child", "Stop being so selfish".
  l(`(?:stop|quit) (?:being|acting|behaving) (?:so |such |like |a |an ){0,3}(?:${ADJ}|${NOUN})`),
  // "Grow up", "Act your age": told to the other person.
  l(either("grow up", "act your age", "get a life"), { only: [toldTo] }),
  // "You don't care about anyone", "You don't respect me": a verdict on their heart.
  l(
    "{you} (?:don't|do not|dont|never) (?:even |really |actually |ever )?(?:care about|care for|respect|appreciate|value|love|give a (?:damn|shit|toss) about) (?:me|us|anyone|anybody|anything|my|our|how i|what i)",
    { unless: [negatedBefore] },
  ),
];
