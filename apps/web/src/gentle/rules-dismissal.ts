import {
  aboutSelfOrOthers,
  apologising,
  askingNotTelling,
  endsClause,
  negatedBefore,
  startsClause,
  toldTo,
  warmAround,
  type MatchContext,
} from "./context";
import { TALKED_DOWN } from "./lexicon";
import { either, oneOf, phrase, type Rule } from "./rule";

/**
 * Dismissal: telling the other person their feeling is too big, or that it does not matter.
 * It rarely makes the feeling smaller; it usually adds "and you don't care" to it.
 */
const why = "“{phrase}” can sound like their feelings don't count, which usually makes them bigger.";
const d = (pattern: string, extra: Partial<Omit<Rule, "kind" | "pattern">> = {}): Rule => ({
  kind: "dismissal",
  pattern: phrase(pattern),
  why,
  ...extra,
});

/** "I know it's not a big deal to you, but…": naming their view or your own, not ruling on theirs. */
const ownViewOrTheirs = (m: MatchContext): boolean =>
  /^\s*(?:to|for) (?:you|me|us)\b/.test(m.after) ||
  /\b(?:i know|i get (?:it|that)|i realise|i realize|i understand|(?:might|may|must) (?:seem|feel|sound)|if|even though|i thought)\b/.test(
    m.before,
  );
/** "It's no big deal, don't worry": reassurance after the other person's apology. */
const reassuring = (m: MatchContext): boolean =>
  /\b(?:don't worry|no worries|no harm|happens to (?:everyone|all of us|the best)|all good|easy mistake|i promise|honestly)\b/.test(m.after);
/** "Who cares what my aunt thinks, I care what you think": setting others aside for them. */
const caresAboutThem = (m: MatchContext): boolean => /\bi (?:care|love)\b/.test(m.after);

/** Words between "you're" and "overreacting": bounded and never overlapping ("way" + "too",
 * not also "way too"), because an unbounded, overlapping list can take exponential time. */
const BETWEEN = "(?:(?:being|getting|so|too|just|really|completely|totally|a bit|a little|always|acting|kind of|kinda|way) ){0,4}";

export const dismissalRules: readonly Rule[] = [
  // Commands to feel less, told to them: "Calm down", "Just relax", "You need to calm down".
  // Not "Let's both calm down", "I need to relax", "Help me calm down", "told me to relax".
  d(
    either(
      "calm down",
      "relax",
      "chill(?: out)?",
      "settle down",
      "cool it",
      "get over (?:it|yourself)",
      "let it go",
      "move on",
      "get a grip",
      "lighten up",
      "toughen up",
      "man up",
      "deal with it",
      "drop it",
      "take a chill pill",
      "stop (?:crying|whining|moaning|complaining|nagging|sulking|overreacting|stressing|freaking out|panicking|fussing)",
    ),
    { only: [toldTo] },
  ),
  // "You're overreacting", "You're being dramatic", "You're too sensitive", "You're making a big
  // deal out of nothing". Not "You're not overreacting", "I don't think you're overreacting".
  d(`{youre} ${BETWEEN}${oneOf(TALKED_DOWN)}`, { unless: [negatedBefore, askingNotTelling] }),
  // "Why are you so upset about a dinner?": an intensifier plus something made small. Not "Are you
  // upset about the message I sent?" (no "so": a real question).
  d(
    "(?:are {you}|{youre}|{you} get|{you} got) (?:so|this|that|all|getting so) (?:upset|worked up|angry|mad|bothered|emotional|stressed|wound up|het up|annoyed|offended) (?:about|over) (?:nothing|a|an|one|such a|something so|this little|a little|some)",
  ),
  // "Stop being so sensitive about my family".
  d(
    "(?:stop|quit) (?:being|acting|getting) (?:so |too |such a )?(?:sensitive|dramatic|emotional|hysterical|paranoid|touchy|precious|a drama queen|worked up)",
  ),
  // "Why are you making this such a big thing?", "Can we not make a drama out of this?" Not "I'm
  // sorry for making a fuss".
  d(
    either(
      "mak(?:e|es|ing) (?:this|it|that|everything) (?:such a |a |into a |into such a )?(?:big |huge )?(?:deal|thing|drama|fuss|scene|issue)",
      "mak(?:e|es|ing) (?:a |such a )?(?:big )?(?:drama|deal|fuss|scene|song and dance) (?:out )?of",
    ),
    { unless: [aboutSelfOrOthers, apologising] },
  ),
  // Making it small: "It's not a big deal", "It's not that deep". Not "I know it's not a big deal
  // to you, but…", "It's not a big deal to me if we're late", "It's no big deal, don't worry".
  d(
    either(
      "not (?:such )?(?:a |that |that much of a |that big (?:of )?a )?(?:big |huge )?deal",
      "no big deal",
      "not that (?:deep|serious)",
      "what's the big deal",
    ),
    { unless: [ownViewOrTheirs, reassuring] },
  ),
  // "It's just money": shrinking what upset them.
  d(
    "(?:it's|it is|it was|that's) (?:just|only) (?:money|a text|a message|one (?:text|message|dinner|night|evening|day)|a game|food|a party|a few (?:minutes|quid|pounds|dollars|euros))",
    { unless: [ownViewOrTheirs, reassuring] },
  ),
  // "It was just a joke, lighten up", "Can't you take a joke?" Not "I know it was just a joke, but it stung".
  d(
    either(
      "(?:it was|it's|that was) (?:just|only) (?:a joke|joking|banter|teasing)",
      "(?:can't|cannot) (?:you )?take a joke",
      "i was (?:just|only) (?:joking|kidding)",
    ),
    { unless: [ownViewOrTheirs, apologising] },
  ),
  // "Not everything is about you".
  d(either("not everything is about {you}", "(?:the world|everything) (?:doesn't|does not) revolve around {you}")),
  // "Who cares?" Not "Who cares what my aunt thinks, I care what you think".
  d("(?:who|nobody|no one) cares", { unless: [caresAboutThem, warmAround] }),
  // "I don't care." ending the matter. Not "I don't care who's right, I care about us".
  d("i (?:don't|do not|dont) care(?: anymore| any more)?", { only: [endsClause] }),
  // "Fine, do what you want", "Ok whatever you want", "Whatever." Not "Whatever happens, I'm on
  // your side", "I'll eat whatever", "you said whatever" (reported).
  d("do (?:whatever|what) {you} (?:want|like)", { only: [startsClause] }),
  d("whatever(?: {you} (?:want|think|like|wish))?", { only: [startsClause, endsClause], unless: [warmAround] }),
  // "Here we go again", "Not this again", "That's your problem".
  d(either("here we go again", "not this again", "this again(?=\\?)")),
  d(either("(?:that's|that is|it's|it is) {your} problem", "not my problem")),
];
