import { negatedBefore, warmAfter, warmAround, type MatchContext } from "./context";
import { either, phrase, type Rule } from "./rule";

/**
 * Blame: handing the other person the whole cause of a feeling or a mess. It asks them to
 * defend rather than to understand.
 */
const why = "“{phrase}” puts the whole fault on them, so they are likely to defend rather than listen.";
const b = (pattern: string, extra: Partial<Omit<Rule, "kind" | "pattern">> = {}): Rule => ({
  kind: "blame",
  pattern: phrase(pattern),
  why,
  ...extra,
});

/** "You made me a coffee": made me + a thing is a kindness, not a charge. */
const madeMeSomething = (m: MatchContext): boolean =>
  /^\s*(?:a|an|some|the|my|breakfast|dinner|lunch|tea|coffee|cake|toast|soup|pancakes|this|that|one)\b/.test(m.after);

/** "I know you did it because…", "It makes sense, because you…": explaining them kindly. */
const understanding = (m: MatchContext): boolean =>
  /\b(?:i know|i understand|i get (?:it|that)|i see|i realise|i realize|makes sense)\b/.test(m.before);

/** "…because you couldn't wait": what follows is a refusal or failure. */
const REFUSAL =
  /^\s*(?:couldn't|could not|didn't|did not|wouldn't|would not|refused|insisted|forgot|had to|decided|just had to|never|can't|won't)\b/;
/** "The evening went wrong because…": what came before is a bad outcome. */
const FAILURE =
  /\b(?:wrong|late|ruined|missed|lost|broke|broken|overdrawn|cancell?ed|fight\w*|argu\w*|awful|terrible|mess|disaster|worse|stuck|skint|screwed)\b/;
const refusalOrFailure = (m: MatchContext): boolean => REFUSAL.test(m.after) || FAILURE.test(m.before);
/** "I felt hurt because you…": the speaker's own feeling comes first. */
const feelingFirst = (m: MatchContext): boolean =>
  /\bi(?:'m| am| was| felt| feel| got| get)\b/.test(m.before) && !/\bbecause of\b/.test(m.matched);

/** Reactions someone may pin on the other person: "I only yelled because you…". */
const REACTION =
  "(?:yelled|snapped|shouted|screamed|swore|lied|left|walked out|lost it|lost my temper|got angry|got upset|said that|did that|hung up|cried)";

export const blameRules: readonly Rule[] = [
  // "You made me late", "You make me so angry". Not "You made me laugh" (warm) or "You made me a
  // coffee" (a thing they did for you).
  b("{you} (?:made|make|makes|are making|'re making|keep making) me", {
    why: "“{phrase}” hands them responsibility for your feelings, which is hard to hear without defending.",
    unless: [warmAfter, madeMeSomething],
  }),
  // "It's your fault", "This is all your doing". Not "It's not your fault", "I never said it was your fault".
  b("{your} (?:fault|doing)", { unless: [negatedBefore] }),
  // "Because of you", "Thanks to you". Not "I'm smiling because of you", "Thanks to you, it went well".
  b(either("because of {you}", "because of {your}", "thanks to {you}", "all because {you}"), { unless: [warmAround] }),
  // "We're overdrawn because you couldn't wait", "The evening went wrong because you sulked": a bad
  // outcome or a refusal traced to them. Not "I know you did it because you were tired"
  // (understanding) and not "I felt hurt because you didn't call" (an I-statement).
  b("because {you}", { only: [refusalOrFailure], unless: [understanding, feelingFirst] }),
  // "You ruined the weekend", "You've wrecked my birthday". "You spoil me" is a kindness, so spoil
  // counts only when "me" does not follow.
  b("{you}(?:'ve| have)? (?:ruin\\w*|wreck\\w*|spoil\\w*(?! me\\b)|destroy\\w*|screw\\w* (?:up|everything)|mess\\w* (?:up|everything))", {
    unless: [negatedBefore],
  }),
  // "You've made this so much worse", "Your lateness cost us the table": damage traced to them.
  b(
    either(
      "{you}(?:'ve| have)? made (?:this|it|things|everything|that) (?:so much |even |a lot |way |ten times )?(?:worse|harder|awkward|difficult|a mess|weird)",
      "{your} [\\p{L}-]+ (?:cost|ruined|wrecked|spoiled|spoilt|killed|caused)",
    ),
    { unless: [negatedBefore] },
  ),
  // "Blame yourself", "You only have yourself to blame".
  b(either("blame yourself", "yourself to blame", "{your} own fault", "brought (?:this|it) on yourself")),
  // "You're the reason we fight", "You're why we never save". Not "You're the reason I look forward to coming home".
  b("{youre} (?:the (?:reason|problem|one who|one that)|to blame|why)", { unless: [warmAfter, negatedBefore] }),
  // "You started this", "Look what you did", "You did this".
  b(
    either(
      "{you} started (?:it|this|that|all this)",
      "look (?:at )?what {you}(?:'ve| have)? (?:did|done|made)",
      "see what {you}(?:'ve| have)? (?:did|done)",
      "{you} did this",
    ),
  ),
  // "That's on you". Not "That's on me", not "That's not on you".
  b("(?:that|this|it)(?:'s| is| was) (?:all )?on {you}", { unless: [negatedBefore] }),
  // "If you hadn't spent so much…", "if you'd just answered": the past rewritten as their fault.
  b(
    either(
      "if {you}(?:'d| had) (?:just|only)",
      "if {you} (?:hadn't|had not|would just|'d have just|would only)",
      "if only {you}(?:'d| had)",
    ),
  ),
  // "I only yelled because you…", "I wouldn't have snapped if you…": your reaction pinned on them.
  b(
    either(
      `i (?:only |just )?${REACTION} (?:\\w+ )?because {you}`,
      `i (?:wouldn't|would not|would never|never would) have ${REACTION} if {you}`,
    ),
    { why: "“{phrase}” makes them the cause of your reaction, which is hard to hear without defending." },
  ),
  // "You forced me to lie", "You left me no choice", "You put me in this position".
  b(
    either(
      "{you} (?:forced|pushed|drove|force|push|drive) me (?:to|into)",
      "{you} (?:left|gave|give|leave) me no (?:choice|option)",
      "{you} put me in (?:this|that|a|such a) (?:position|situation|spot)",
    ),
  ),
];
