import {
  apologising,
  endsClause,
  negatedBefore,
  sourAfter,
  startsClause,
  warmAfter,
  warmAround,
  type MatchContext,
} from "./context";
import { either, phrase, type Check, type Rule } from "./rule";

/**
 * Contempt and sarcasm: mock praise, eye-rolls in words, questions that are really verdicts.
 * Of everything a partner can say, contempt is the most corrosive, because it says "I am above
 * you" rather than "I am hurt". Most of these are idioms, so the table is long, but each line is
 * one idea.
 */
const why = "“{phrase}” can read as mockery, and contempt tends to hurt more than the complaint behind it.";
const c = (pattern: string, extra: Partial<Omit<Rule, "kind" | "pattern">> = {}): Rule => ({
  kind: "contempt",
  pattern: phrase(pattern),
  why,
  ...extra,
});

/** The whole clause is this phrase: "Typical." "Seriously?" */
const standsAlone: Check = (m) => startsClause(m) && m.after.trim() === "";
/** "Yeah, right after dinner works" is not sarcasm: a time or place follows. */
const timeOrPlaceNext = (m: MatchContext): boolean =>
  /^\s*(?:after|before|now|there|here|away|then|back)\b/.test(m.after);
/** Praise words that sarcasm turns round: "real mature", ", very heartfelt." */
const PRAISE = "(?:mature|helpful|supportive|considerate|thoughtful|classy|original|generous|romantic|grown-? ?up)";

export const contemptRules: readonly Rule[] = [
  // ---- Mock praise and mock thanks ----
  // Sarcastic openers: "Oh great.", "Great, just great", "Just what I needed".
  c("oh,? (?:great|perfect|wonderful|fantastic|lovely|brilliant|joy)", { only: [endsClause] }),
  c(either("(?:great|perfect|brilliant|wonderful),? just (?:great|perfect|brilliant|wonderful)", "just what (?:i|we) needed")),
  // "Thanks a lot." with nothing after. Not "Thanks a lot for picking up the kids".
  c("(?:thanks|thank you) a (?:lot|bunch)|gee,? thanks", { only: [endsClause], unless: [warmAround] }),
  c("thanks for (?:nothing|ruining|wasting)"),
  // Thanks for something unwelcome: "Thanks for the lecture."
  c("thanks for the (?:lecture|lesson|speech|sermon|attitude|tone|reminder that|commentary|input)", { only: [endsClause] }),
  // Sarcastic thanks: "Wow, thanks", "Thanks for remembering I exist".
  c("(?:wow|gee|well|oh),? thanks(?: so much| a lot)?", { unless: [warmAround] }),
  c("(?:remember(?:ing|ed|s)?|notic(?:e|es|ed|ing)|reali[sz](?:e|es|ed|ing)) i exist"),
  // "Real mature", "Wow, so helpful", and a tag like ", very heartfelt."
  c("real (?:nice|mature|classy|smooth|helpful|considerate|cute|charming|sweet|great|generous|subtle|thoughtful|grown-? ?up)"),
  c(`(?:wow|oh),? (?:so|very|really|how) ${PRAISE}`),
  c(`(?:very|real|how) (?:${PRAISE}|heartfelt|adult)`, { only: [startsClause, endsClause] }),
  // Mock praise for a failing: "Great job ignoring my texts". Not "Great job on the interview!"
  c("(?:great|nice|good|brilliant|fantastic|amazing|stellar|top) (?:job|work|going|effort|one)|well done", { only: [sourAfter] }),
  // Scorekeeping: "Gold star", "Do you want a medal?", "the bare minimum".
  c(either("gold star", "(?:want|deserve|get) a (?:medal|trophy|parade|round of applause)", "the bare minimum")),
  // Mock celebration: "Alert the press", "Cool story".
  c(either("alert the (?:press|media)", "stop the press(?:es)?", "call the (?:papers|newspapers)", "cool story")),
  // Mock honour: "A whole sentence, I'm honoured."
  c("i'm (?:so |truly )?(?:honoured|honored|flattered|blessed)", { only: [endsClause] }),

  // ---- Disbelief and eye-rolls ----
  // "Yeah, right." Not "Yeah, right after dinner works".
  c("yeah,? right", { unless: [timeOrPlaceNext] }),
  // "Sure you did.", "Oh sure, blame me", "Sure, because you're the expert".
  c("sure {you} (?:did|do|are|were|will|would|have|can)", { only: [endsClause] }),
  c("oh,? sure|(?:sure|yeah|oh|right),? because", { unless: [timeOrPlaceNext] }),
  // "How convenient.", "conveniently forgot".
  c(
    either(
      "how convenient",
      "(?:very|so|awfully|rather|pretty|real|quite) convenient for {you}",
      "conveniently (?:forg[eo]t\\w*|missed|ignored|left out|skipped|never)",
    ),
  ),
  // "Whatever you say." said to end the conversation, not to agree.
  c("whatever {you} say"),
  // "Oh please.", "Give me a break", "Spare me", "Poor you", "Boo hoo".
  c("oh,? please|oh,? come on", { only: [endsClause] }),
  c(either("give me a break", "spare me", "get real", "cry me a river", "boo-? ?hoo", "poor (?:you|baby)", "(?:oh|aw+),? (?:you )?poor thing")),
  // "Typical.", "Unbelievable.", "Seriously?" as a whole clause; "How typical", "Classic you".
  c("typical|unbelievable|seriously|incredible|ridiculous|pathetic", { only: [standsAlone] }),
  c(either("(?:how|so|that's|that is) typical", "typical (?:of {you}|{you})", "classic {you}")),
  // "Of course you forgot." Not "Of course you can borrow the car".
  c("of course {you} (?:did|didn't|would|wouldn't|do|don't)", { only: [endsClause] }),
  c("of course {you} (?:forgot|did not|would not)"),
  // Mock surprise: "What a surprise, you're late", "Big shocker". Not "What a surprise, I love it!"
  c(
    either(
      "what a (?:surprise|shock|shocker)",
      "big (?:surprise|shock)",
      "surprise,? surprise",
      "no surprise there",
      "shocker",
      "colou?r me (?:shocked|surprised)",
      "truly shocked",
    ),
    { unless: [warmAround] },
  ),
  // Smugness: "Let me guess", "Silly me for thinking…", "Must be nice", "Heaven forbid".
  c("let me guess"),
  c(
    either(
      "(?:silly|stupid|foolish|naive) me,? for (?:thinking|expecting|believing|assuming|hoping|trusting)",
      "my (?:bad|mistake),? for (?:thinking|expecting|believing|assuming|hoping|trusting)",
    ),
  ),
  // Envy as sarcasm has no subject: "Must be nice". Not "That must be nice to hear".
  c("must be (?:nice|lovely|great|wonderful|fun)", { only: [startsClause] }),
  c("(?:heaven|god|lord) forbid"),
  // "Funny how you only remember…", "Amazing how your phone works for everyone else".
  // Not "Funny how you always know how to cheer me up".
  c("(?:funny|interesting|amazing|strange|weird|odd|curious) (?:how|that) (?:{you}|{your})", { unless: [warmAfter] }),
  // Amused at their beliefs: "Cute that you think five minutes late is on time", "That's rich".
  c(
    either(
      "(?:cute|adorable|sweet|precious|hilarious|funny|rich|amusing) (?:that|how) {you} (?:think|thought|believe|assume|imagine|call|consider|pretend)",
      "that's rich(?: coming from {you})?",
    ),
  ),

  // ---- Arrivals, absences, ranking ----
  // "Nice of you to finally show up", "Look who decided to text back", "Nice to see you finally…".
  c(
    either(
      "(?:nice|good|kind|big) of {you} to (?:finally|bother|actually|even|grace|join us|show up)",
      "look who(?:'s| is| finally| decided| turned| showed| remembered)",
      "{you} finally (?:decided|bothered|remembered|showed)",
      "glad {you} could finally",
      "(?:nice|good|great|lovely) to see {you}(?:'ve)? finally",
    ),
  ),
  // "So now you want to talk about money", "suddenly interested".
  c(
    either(
      "(?:so )?now {you} (?:want|care|decide|feel like|remember|notice|'re (?:interested|worried|bothered|concerned))",
      "suddenly (?:interested|worried|concerned|bothered|so keen)",
    ),
  ),
  // Ranking below a thing: "Your phone is more interesting than me", "Good to know where I rank".
  c(either("more (?:important|interesting|fun) than (?:me|us|i am)", "(?:good|nice) to know (?:where|what|how much) (?:i|my)", "where i rank")),
  // "As if you'd ever notice", "Not that you care", "Like you care".
  c("not that {you}(?:'d| would)? (?:care|cared|notice|noticed|listen|asked|ask|remember)"),
  c("(?:as if|like) {you}(?:'d| would)?(?: ever| even| actually)? (?:care|cared|notice|noticed|listen|remember|know|help)", {
    only: [startsClause],
  }),

  // ---- Questions that are verdicts ----
  // "Are you even listening?", "Did you even read it?"
  c("(?:are|were|do|did|have|can|could|would) {you} even"),
  // "What is wrong with you?", "Who does that?", "What kind of person forgets that?"
  c(
    either(
      "what(?:'s| is| the hell is| the heck is| the fuck is) (?:wrong with {you}|{your} problem)",
      "who (?:does|says|forgets) that",
      "what kind of (?:a )?(?:person|partner|adult|grown (?:man|woman)|human|wife|husband|boyfriend|girlfriend) (?:does|would|says|forgets)",
      "who raised {you}",
    ),
  ),
  c(either("what were {you} thinking", "are {you} (?:kidding|serious|joking|for real)", "{you} (?:can't|cannot) be serious", "{you}'ve got to be kidding"), {
    unless: [warmAround],
  }),
  // Interrogation: "Busy doing what, exactly?"
  c("what,? exactly(?=\\?)"),
  // "You must think I'm stupid."
  c(
    "(?:{you} (?:must )?think|do {you} think|{you} take me for) (?:i'm|i am) (?:stupid|an idiot|dumb|blind|a fool|naive|gullible|your (?:maid|servant|cleaner|mum|mom|mother))",
    { unless: [negatedBefore] },
  ),
  // Mock apology as a question: "Sorry, were you talking to me or your phone?", "Oh no, did I interrupt?"
  c(
    either(
      "(?:oh no|sorry|oh sorry|oh,? i'm sorry),? (?:did|was|am|were|do) (?:i|{you}) (?:interrupt|disturb|bother|talking|listening|busy)\\w*",
      "(?:talking|listening) to me or",
    ),
  ),

  // ---- Mock concern, mock apology, martyrdom ----
  // "Don't strain yourself", "Don't hurt yourself thinking", "lift a finger", "Don't mind me."
  c(either("don't (?:strain|exert|overexert|tire) yourself", "don't hurt yourself (?:thinking|trying|working|helping)", "lift(?:ed|ing)? a (?:single )?finger")),
  c("don't mind me", { only: [endsClause] }),
  // "Sorry for existing", "Excuse me for having feelings", "Sorry I'm not perfect".
  c(
    either(
      "(?:sorry|excuse me|forgive me|pardon me) for (?:existing|living|breathing|being alive|having (?:feelings|needs|an opinion|opinions|a life)|wanting|caring|expecting|asking so much)",
      "sorry i exist",
      "sorry (?:that )?i'm not (?:perfect|good enough|a mind reader|psychic|you|your (?:mum|mom|mother|ex)|as (?:smart|clever|perfect))",
      "sorry (?:that )?(?:my (?:feelings|needs|opinions?|existence)|i) (?:are|is|am|'m) (?:such )?(?:an? )?(?:inconvenien\\w*|burden|bother)",
    ),
  ),
  // "I'll just read your mind", "I'm not your mother": expectations mocked.
  c(
    either(
      "read {your} mind",
      "mind ?reader",
      "i'm not psychic",
      "i'm not {your} (?:mother|mum|mom|maid|servant|cleaner|secretary|assistant|dad|father|parent)",
    ),
  ),
  // Martyrdom: "I'll just do everything myself then", "I guess I'll just wait".
  c(either("i(?:'ll| will| guess i'll)? just do (?:everything|it all|all of it|it) myself", "i guess i'll just")),
  // Competing to suffer: "Oh, you're tired? Imagine how I feel."
  c(either("imagine how i (?:feel|felt)", "try being me", "welcome to my (?:life|world)"), { only: [startsClause] }),
  // Mocking their feelings: "Let me know when you're done sulking", "your little tantrum".
  c(
    either(
      "(?:done|finished|through) (?:sulking|whining|moaning|complaining|pouting|crying|being dramatic|having a (?:tantrum|strop|meltdown))",
      "(?:{youre} (?:having|throwing|chucking) (?:a|another|one of your)|{your} (?:little )?)(?:tantrum|hissy fit|strop|meltdown|sulk)",
    ),
  ),

  // ---- Superiority ----
  // "Anyone other than yourself", "Mr. Perfect", "You think you're always right".
  c(
    either(
      "(?:anyone|anybody|anything|someone) (?:but|other than|except|besides|apart from) yourself",
      "(?:everything|it) (?:is|has to be) (?:always )?about {you}, isn't it",
      "(?:being|to be) right all the time",
      "(?:mr|mrs|miss|ms|little miss|saint)\\.? (?:perfect|know-? ?it-? ?all|right)",
      "holier than thou",
      "{you} think {youre} (?:so )?(?:perfect|better than|smarter than|above|always right)",
    ),
  ),
  // Mock names: "…, genius", "Nice going, Einstein".
  c(",? (?<flag>genius|einstein|sherlock|princess|your majesty|captain obvious|smart ?(?:ass|arse)|hotshot|big shot)", {
    only: [endsClause],
  }),
  // Scare quotes around their word: Your "quick drink", You were "busy".
  c(`(?:{your}|{you} (?:were|are|was)|{youre}|so-? ?called) (?<flag>"[^"\\n]{1,25}")`),
  // Swearing at them.
  c(either("(?:screw|fuck|f\\*+k|sod) (?:you|off)", "go to hell", "piss off", "shut up", "shut it", "bite me"), { unless: [warmAround] }),
  // Eye-roll and side-eye emoji. Not when apologising for one.
  c("🙄|😒", { unless: [apologising] }),
];
