// A table, not logic: one line per phrasing of contempt with its reason and context checks
// (see README.md, "How it works"). It is long because the kind has many shapes; splitting it
// would only scatter one table across files.
import {
  aboutYouOrAlone,
  aimedAtYou,
  comforting,
  apologising,
  endsClause,
  negatedBefore,
  positiveAround,
  sourAfter,
  startsClause,
  toldTo,
  warmAfter,
  warmAround,
  warmSentence,
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

/** The whole clause is this phrase: "Typical." "Seriously?" "Unbelievable, honestly." */
const standsAlone: Check = (m) =>
  startsClause(m) && /^[\s,]*(?:(?:honestly|seriously|really|mate|babe|though|again|lol|ffs|smh|just wow)[\s,]*)?[.!?]*$/.test(m.after);
/** The whole clause is the phrase, give or take "then", "mate", "honestly": "Dream on, mate." */
const wholeClause: Check = (m) =>
  startsClause(m) && /^(?:,?\s*(?:then|mate|pal|babe|love|hun|sweetheart|darling|buddy|bro|lol|lmao|honestly|seriously|sunshine))*\s*(?:$|[.!?])/.test(m.after);
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
  c("(?:thanks|cheers|ta) for (?:nothing|ruining|wasting)"),
  // Thanks for something unwelcome: "Thanks for the lecture."
  c("thanks for the (?:lecture|lesson|speech|sermon|attitude|tone|reminder that|commentary|input)", { only: [endsClause] }),
  // Sarcastic thanks: "Wow, thanks", "Thanks for remembering I exist".
  c("(?:wow|gee|well|oh),? thanks(?: so much| a lot)?", { unless: [warmAround] }),
  c("(?:remember(?:ing|ed|s)?|notic(?:e|es|ed|ing)|reali[sz](?:e|es|ed|ing)) i exist"),
  // "Real mature", "Wow, so helpful", and a tag like ", very heartfelt."
  c("real (?:nice(?! of)|mature|classy|smooth|helpful|considerate|cute|charming|sweet|great|generous|subtle|thoughtful|grown-? ?up)"),
  c(`(?:wow|oh),? (?:so|very|really|how) ${PRAISE}`),
  c(`(?:very|real|how|really|so|super|ever so) (?:${PRAISE}|heartfelt|adult)`, {
    only: [startsClause, endsClause],
    unless: [(m) => /^\s*,\s*(?:thank you|thanks|cheers) (?:so much )?for (?:the|my|this|your|being|doing|all)\b/.test(m.after)],
  }),
  // Mock praise for a failing: "Great job ignoring my texts". Not "Great job on the interview!"
  c("(?:great|nice|good|brilliant|fantastic|amazing|stellar|top) (?:job|work|going|effort|one)|well done", { only: [sourAfter] }),
  // Scorekeeping: "Gold star", "Do you want a medal?", "the bare minimum".
  c(
    either(
      "(?:want|deserve|give you|get you|earn|expect) a gold star",
      "gold star for (?:you|that|doing|remembering)",
      "(?<=,\\s{0,3})gold star(?= ?[.!]*$)",
      "(?:want|deserve|get) a (?:medal|trophy|parade|round of applause)",
      "the bare minimum",
    ),
  ),
  // Mock celebration: "Alert the press", "Cool story".
  c(either("alert the (?:press|media)", "stop the press(?:es)?", "call the (?:papers|newspapers)", "cool story")),
  // Mock honour: "A whole sentence, I'm honoured."
  c("i'm (?:so |truly |deeply )?(?:honoured|honored|flattered|blessed|touched)", { only: [endsClause] }),

  // ---- Disbelief and eye-rolls ----
  // "Yeah, right." Not "Yeah, right after dinner works".
  c("yeah,? right", { unless: [timeOrPlaceNext] }),
  // "Sure you did.", "Oh sure, blame me", "Sure, because you're the expert".
  c("sure {you} (?:did|do|are|were|will|would|have|can)", { only: [endsClause] }),
  c("oh,? sure|(?:sure|yeah|oh|right),? because", { unless: [timeOrPlaceNext, positiveAround] }),
  // "How convenient.", "conveniently forgot".
  c(
    either(
      "(?:how|very|so|awfully|rather|pretty|real|quite) convenient for {you}",
      "conveniently (?:forg[eo]t\\w*|missed|ignored|left out|skipped|never)",
    ),
  ),
  // "How convenient." or "How convenient that you forgot", not "How convenient, the chemist is next door".
  c("how convenient", { only: [aboutYouOrAlone] }),
  // "Whatever you say." said to end the conversation, not to agree.
  c("whatever {you} say"),
  // "Oh please.", "Give me a break", "Spare me", "Poor you", "Boo hoo".
  c("oh,? please|oh,? come on", { only: [endsClause], unless: [(m) => /^\s*,?\s*(?:let me|can|could|would|may|do|come|stay|tell|have|don't)\b/.test(m.after)] }),
  c(either("give me a break", "spare me", "get real", "cry me a river", "boo-? ?hoo"), {
    unless: [(m) => /^\s*(?:a|an|the|some|your|five|ten|one|two|any|that|this|half)\b/.test(m.after)],
  }),
  c(either("poor (?:you|baby)", "(?:oh|aw+),? (?:you )?poor thing"), { unless: [comforting, positiveAround] }),
  // "Typical.", "Unbelievable.", "Seriously?" as a whole clause; "How typical", "Classic you".
  c("typical|unbelievable|seriously|incredible|ridiculous|pathetic", { only: [standsAlone], unless: [(m) => warmSentence(m.norm)] }),
  // "Cute. Really cute.", "Real classy." said flatly, with a full stop.
  c("(?:real|really|very|so) (?:cute|classy|smooth|clever|mature)(?= ?\\.\\s*$)", { only: [startsClause] }),
  c("(?:how|so|that's|that is) typical", { only: [aboutYouOrAlone] }),
  c(either("typical (?:of {you}|{you})", "classic {you}")),
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
      "look who(?:(?:'s| is)(?! (?:awake|up|here|home|back)\\b)| finally| decided| turned| showed| remembered)",
      "{you} finally (?:decided|bothered|remembered|showed|made it|turned up|replied|answered|noticed|graced|deigned|surfaced|woke up|got (?:round|around|up|here|home|off))",
      // Thanks with "finally": "Thanks for finally texting back", "Bless you for finally noticing".
      "(?:thanks|thank you|cheers|ta|bless (?:you|him|her|u)|well done|good job|nice one|congrat\\w*|bravo) (?:so much )?(?:for|on) finally",
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
  c(
    "(?:are|were|do|did|have|can|could|would) {you} even(?= (?:listening|trying|paying attention|bothered|sorry|serious|aware|here|thinking|looking|reading|there|capable|going to|gonna|read|care|try|tried|look|looked|think|listen|notice|noticed|bother|ask|asked|check|checked|know|remember|want|mean|hear)\\b)",
  ),
  // "What is wrong with you?", "Who does that?", "What kind of person forgets that?"
  c(
    either(
      "(?:wtf|wth|what the fuck|what the hell) (?:is|'s) (?:wrong with {you}|{your} problem)",
      "what(?:'s| is) {your} (?:deal|damage|malfunction|issue)(?=\\s*(?:$|[?!]| today| tonight| now| with))",
      "what(?:'s| is| the hell is| the heck is| the fuck is) (?:wrong with {you}|{your} (?:actual |real |bloody |fucking |damn |deal|problem today)?problem)",
      "who (?:does|says|forgets) that",
      "what kind of (?:a )?(?:person|partner|adult|grown (?:man|woman)|human|wife|husband|boyfriend|girlfriend) (?:does|would|says|forgets)",
      "who raised {you}",
    ),
    { unless: [warmAround] },
  ),
  // "Why would you even say that?", "Why on earth would you…", "Who do you think cleans this house?"
  c(
    either(
      "why would {you} (?:ever|even)",
      "why (?:on earth|the hell|the fuck|the heck|in god's name|in the world) (?:would|did|do|are|is|have|'d) {you}",
      "who do {you} think (?:cleans|cooks|pays|does|tidies|washes|buys|feeds|picks up|sorts|looks after|puts|takes)",
      "(?:the )?(?:fairies|magic fairy|cleaning fairy|house elves|elves)(?=\\s*\\?)",
    ),
    { unless: [positiveAround] },
  ),
  // Their age mocked: "What are you, five?", "How old are you, seriously?"
  c(
    either(
      "what are {you},? (?:like )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|a (?:child|baby|toddler|teenager|kid))(?=\\s*[?!])",
      "how old are {you},? (?:seriously|exactly|really|again|honestly|even)(?=\\s*[?!])",
      "how old are {you},? (?:like )?(?:\\d+|five|six|seven|ten|twelve)(?=\\s*[?!])",
    ),
  ),
  // Mock body questions: "Did your legs stop working?", "Are your hands painted on?"
  c("(?:did|have|are|is|has|do) {your} (?:legs|arms?|hands?|fingers|eyes|ears) (?:stop(?:ped)? working|(?:suddenly )?broken|fall(?:en)? off|painted on|not work)", {
    unless: [comforting, apologising],
  }),
  // Took their time: "Took you long enough", "Only took you a week to reply", "only three hours late".
  c(
    either(
      "took {you} long enough",
      "(?:only|it only|it's only|it has only) (?:took|taken|takes|taking) {you}",
      "(?:only|just) (?:[\\p{L}\\p{N}]+ )?(?:hours?|days?|minutes?|weeks?|months?) late",
    ),
    { unless: [positiveAround, apologising] },
  ),
  // Mock certainty: "I'm sure you were very busy", "I'm sure your mates are more important".
  c(
    either(
      "i'm sure {you} (?:were|are|had|have|'re) (?:very |so |really |terribly |incredibly |extremely |super )?(?:busy|important|rushed off {your} feet|a good reason|{your} reasons)",
      "(?:i'm sure|clearly|obviously|apparently|evidently) (?:{your} [\\p{L}'-]+|they|it|that|she|he|work|football|the game|the telly) (?:is|are|was|were|'s|'re|matters?|mattered) (?:far |much |so much |way |a lot )?(?:more|much more) (?:important|interesting|fun|exciting|urgent)",
    ),
  ),
  // Passive-aggressive office speak: "As per my last text", "Just to reiterate".
  c(
    either(
      "(?:as )?per my (?:last|previous|earlier) (?:text|message|email|msg|note|voicemail)",
      "just to (?:reiterate|re-?iterate|repeat myself)",
      "as (?:i(?:'ve| have)? )?(?:previously|already) (?:said|mentioned|stated|explained)",
      "(?:friendly|gentle|quick) reminder,? (?:again|for the)",
    ),
  ),
  // Gladness said through the teeth: "Glad someone had fun", "…while I'm stuck here".
  c("glad (?:someone|somebody|one of us|at least one of us|you lot)(?: (?:had|has|is having|'s having|got|gets|enjoyed))"),
  c("while (?:i'm|i am|i was|i'm left|i get|i) (?:stuck|left|slaving|doing (?:everything|all)|sat here|sitting here|at home with)", {
    only: [aimedAtYou],
  }),
  // Mock wonder that they talk: "Oh, he speaks!"
  c("(?:oh,? )?(?:he|she|it) (?:speaks|lives|returns|has risen|is alive)(?= ?[.!?]*$)"),
  // Terse and cold: "k.", "k thanks", "lol ok then", "ok sure jan".
  c("k(?: (?:thanks|thx|then|fine|cool|bye))?", { only: [startsClause, (m) => /^[\s.!]*$/.test(m.after)] }),
  c("(?:ok(?:ay)?,? )?sure,? jan"),
  c(either("what were {you} thinking", "are {you} (?:kidding|serious|joking|for real)", "{you} (?:can't|cannot) be serious", "{you}'ve got to be kidding"), {
    unless: [warmAround, (m) => /^what were/.test(m.matched) && /^\s*(?:for|of|about|doing|we|i|to)\b/.test(m.after)],
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
  c(either("don't (?:strain|exert|overexert|tire) yourself", "don't hurt yourself (?:thinking|trying|working|helping)", "lift(?:ed|ing)? a (?:single )?finger"), {
    unless: [(m) => /\b(?:wait for me|let me|we'll)\b/.test(m.after)],
  }),
  c("don't mind me", { only: [(m) => /^[\s.!?]*$/.test(m.after)] }),
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
      "i'm not {your} (?!\\w+,? but)(?:(?:bloody|fucking|damn|personal|unpaid|live-? ?in|full-? ?time) )?(?:mother|mum|mom|maid|servant|cleaner|secretary|assistant|dad|father|parent|slave|skivvy|taxi|cash machine|bank|chef|butler|therapist|punchbag|punching bag|doormat|personal assistant)",
    ),
  ),
  // Martyrdom: "I'll just do everything myself then", "I guess I'll just wait".
  c(
    either(
      "i(?:'ll| will| guess i'll)? just do (?:everything|it all|all of it|it) myself",
      "i guess i'll just (?:do (?:it|everything) myself|sit here|wait here|go (?:then|on my own|by myself|alone)|sort it (?:out )?myself|deal with it)",
    ),
    { unless: [(m) => /\b(?:this time|you've done (?:loads|so much|enough)|you rest|you relax|you sit)\b/.test(m.after)] },
  ),
  // Competing to suffer: "Oh, you're tired? Imagine how I feel."
  c(either("imagine how i (?:feel|felt)", "try being me", "welcome to my (?:life|world)"), { only: [startsClause] }),
  // Mocking their feelings: "Let me know when you're done sulking", "your little tantrum".
  c(
    either(
      "(?<!i'm |i am )(?:done|finished|through) (?:sulking|whining|moaning|complaining|pouting|crying|being dramatic|having a (?:tantrum|strop|meltdown))",
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
  c(`(?:{your}|{you} (?:were|are|was)|{youre}|so-? ?called) (?<flag>"[^"\\n]{1,25}")`, { unless: [positiveAround] }),
  // Swearing at them.
  c(either("(?:screw|fuck|f\\*+k|sod) (?:you|off)", "go to hell", "piss off", "shut up", "shut it", "bite me"), { unless: [warmAround] }),
  // ---- Added for issue 6: sarcasm and contempt in everyday words ----
  // "Wow, you actually remembered", "Congratulations, you've found the hoover", "Oh look, you
  // finally noticed". Not "Congratulations on the new job".
  c(
    either(
      "(?:wow|oh|well|gosh|blimey|amazing|incredible|(?:oh )?look|look at (?:you|that)|miracles? (?:do )?happen|congrat\\w*|bravo|hallelujah|(?:oh,? )?bless(?: you| him| her)?),? {you}(?:'ve| have)? (?:actually|finally|even|managed|remembered|noticed|bothered|found|figured|worked out|did something)",
      "(?:congrat\\w*|bravo|well done|slow clap|round of applause),? (?:{you}|for)(?:'ve| have)? (?:actually |finally )?(?:found|remembered|noticed|managed|bothered|figured|worked out|done the bare|doing the bare|lifting|picking up)",
      "(?:shocking|a miracle|miracles happen|wonders never cease|will wonders never cease|who knew|i'm amazed)(?=\\s*[.!?]*\\s*$)",
    ),
    // The verb itself ("remembered") is the mocked praise, so warmth is looked for after it.
    {
      unless: [
        apologising,
        (m) => positiveAround({ ...m, after: m.after.replace(/^\s*[\p{L}'-]+/u, "") }),
        (m) => /\b(?:thank you so much|thanks so much|thank you!|thanks!|love (?:it|you|this))/.test(m.after),
      ],
    },
  ),
  // "Take your time, it's only been three hours", "No rush or anything", "I've got all day".
  c(
    either(
      "(?:it's|it has) only been (?:[\\p{L}\\p{N}]+ )?(?:hours|days|weeks|months|ages|an hour|a week|a month|forever)",
      "no rush or anything",
      "(?:i've|i have|i've only) got all (?:day|night|the time in the world)(?= ?(?:$|[.!,]))",
      "take {your} (?:sweet )?time,? (?:it's only|it has only|i've only|why|really)",
      "(?:it's )?not like (?:i|we) (?:have|had|'ve got) (?:anything|anywhere|somewhere|plans)",
    ),
  ),
  // "Nice of you to let me know": opening a sentence, mock thanks. Not "It was so kind of you to help".
  c("(?:nice|good|big|decent|generous|gracious|lovely|sweet) of {you}(?: to)?", {
    only: [startsClause],
    // "So nice of you to pick me up": sincere, unless mock words follow ("…to finally show up").
    unless: [warmAround, (m) => /^\s*so\b/.test(m.before) && !/\b(?:finally|bother|actually|even|grace|eventually)\b/.test(m.after)],
  }),
  // "So I'm the bad guy again", "Oh, so it's my fault now".
  c(
    "(?:so|oh|right|great|cool|fine|ok|okay|yeah),? (?:so |now )?(?:i'm|i am|it's|it is) (?:always )?(?:the bad guy|the villain|the enemy|my fault|the problem|on me|all my fault)",
  ),
  c(either("(?:i'm|i am|i'm always|always) the bad guy", "(?:i'm|i am|i was) (?:always )?the last (?:one )?to (?:know|find out|hear)")),
  // "Hope you're proud of yourself", "Happy now?", "Hope it was worth it".
  c(
    either(
      "(?:i )?hope {youre} (?:happy|proud|pleased|satisfied)(?: (?:now|with yourself|of yourself))?(?=\\s*(?:$|[.!?]))",
      "(?:are {you} )?(?:happy|satisfied|pleased) now(?=\\s*\\?)",
      "(?:i )?hope (?:it|that|they|she|he|{your} [\\p{L}-]+) (?:was|were|is|are) worth it",
      "good for {you}(?=\\s*(?:$|[.,]))",
    ),
    { unless: [positiveAround] },
  ),
  // Scare quotes with single marks: you were 'busy'. (\x27 is a plain ', which phrase() would make optional.)
  c(`(?:{your}|{you} (?:were|are|was)|{youre}|so-? ?called|sure {you} (?:were|are|did)) (?<flag>\\x27[^\\x27\\n]{1,25}\\x27)`, {
    unless: [positiveAround],
  }),
  // "You really think I'm that stupid?", "Do you take me for an idiot?"
  c("(?:{you} (?:really |honestly |seriously |actually )?(?:think|thought|believe)|do {you} (?:really )?think|{you} take me for) (?:i'm|i am|that i'm) (?:that |so |this |really )?(?:stupid|an idiot|dumb|blind|a fool|naive|gullible|thick|born yesterday)", {
    unless: [negatedBefore],
  }),
  // "How hard is it to put a plate in the sink?", "How many times do I have to ask?", "Was that so hard?"
  c(
    either(
      "how (?:hard|difficult) (?:is it|can it be|was it|would it be)",
      "(?:is it|was it|was that) (?:really )?(?:that|so) (?:hard|difficult)",
      "(?:it's|it is) not rocket science",
      "how many (?:more )?times (?:do|have|must|will|did) i (?:have to |got to |need to )?(?:tell|ask|say|remind|explain)",
      "is (?:that|it) (?:really )?too much to ask(?= ?(?:$|[?.!]| that| for {you}| {you}))",
      "do i (?:have|need) to spell it out",
      "what did {you} expect",
    ),
  ),
  // "Sorry, did I ask for your opinion?", "That's the best you can do?", "You call that an apology?",
  // "Yeah, I'm sure that's exactly what happened."
  c(
    either(
      "did i ask (?:for )?(?:{your} (?:opinion|advice|input|permission|two cents)|{you})",
      "(?:is that|that's|that is) (?:really )?(?:the best|all) {you} (?:can|could) (?:do|come up with|manage|offer)(?=\\s*\\?)",
      "(?<!what |do |would )(?:and )?{you} call (?:that|this)(?: an?)? [\\p{L}-]+(?=\\s*\\?)",
      "i'm sure (?:that's|that is|it was|it's) (?:exactly |precisely |totally |definitely )(?:what|how)",
      "(?:yeah|yeah yeah|oh|right),? i'm sure {you} (?:did|were|do|are|have|would)(?= ?[.!]*$)",
    ),
  ),
  // "How many times have I asked you to text?" Not "How many times have I told you I love you today?"
  c("how many times (?:have|had|did) i (?:asked|told|said|reminded|explained|begged|mentioned|ask|tell|say|remind|explain|beg|mention)", {
    unless: [warmAround, positiveAround],
  }),
  // "Thanks for the help. Oh wait, you didn't."
  c("oh,? wait", { only: [aimedAtYou] }),
  c("(?<=,\\s{0,3})oh,? wait(?= ?[.!…]*$)"),
  // "Who made you the boss of me?", "Who died and made you king?"
  c("who (?:made|died and made) {you} (?:the )?(?:boss|king|queen|god|expert|judge|in charge|head of)"),
  // "Whatever makes you feel better", "Keep telling yourself that", "If you say so".
  c(
    either(
      "(?<!do )whatever (?:makes|helps) {you} (?:feel better|sleep at night|happy)",
      "(?:keep|you keep) telling yourself that",
      "if that's what {you} (?:need|want|have) to (?:believe|tell yourself)",
      "if {you} say so",
    ),
  ),
  // "Enjoy your night with your precious phone", "your little tantrum".
  c(
    either(
      "{your} (?:precious|beloved|darling|sacred|holy) [\\p{L}-]+",
      "{your} little (?:tantrum|strop|friend|mate|game|hobby|project|plan|theory|world|fantasy|speech|lecture|rant|outburst|episode|drama|excuse|girlfriend|boyfriend|phone|job)s?",
    ),
    { unless: [warmAround] },
  ),
  // "Sure, blame the dog", "Yeah, blame me".
  c("(?:sure|yeah|oh|go on|that's right|right|great|fine|of course),? (?:just )?blame (?:the|me|it|everyone|everybody|your|my|someone|somebody)", {
    unless: [warmAround, (m) => /\bnot\b/.test(m.after)],
  }),
  // "Am I boring you?", "Sorry, am I keeping you?"
  c("am i (?:boring {you}|keeping {you} from)", { unless: [warmAround] }),
  // "Do you ever listen to a word I say?", "Do you ever stop to think?"
  c("(?:do|did|will) {you} ever (?:listen|stop|help|care|notice|clean|tidy|lift|shut up|bother|consider (?:anyone|me|my|how)|think (?:about anyone|of anyone|before))"),
  // "Who do you think you are?", "How dare you", "The nerve of you".
  c(
    either(
      "who (?:the hell |the fuck )?do {you} think {youre}",
      "how dare {you}",
      "don't {you} dare",
      "the nerve of (?:{you}|it)",
      "what a nerve",
      "{you}'ve got (?:a|some) nerve",
    ),
  ),
  // "I hate you", "I hate it when you…", "I can't stand your…". Not "I hate arguing with you".
  c("i (?:hate|can't stand|cannot stand|despise|loathe) (?:you|u|{your}|it when {you}|how {you}|the way {you}|when {you})", {
    unless: [
      negatedBefore,
      (m) => /^\s*(?:'re|are) (?:poorly|ill|sick|sad|upset|hurting|unwell|away|not here|stressed|in pain)\b/.test(m.after),
      (m) => /^\s*for being (?:so |this |that )?(?:good|great|clever|talented|perfect|lucky|nice|kind|cute)\b/.test(m.after),
    ],
  }),
  // "I'm sick of your excuses", "I'm tired of cleaning up after you".
  c(
    "(?:sick|tired|fed up|sick and tired|done)(?: to death| to the back teeth| to my back teeth)? (?:of|with) (?:{you}|{your}|(?:hearing|listening to) (?:{you}|{your}|about|the same)|cleaning up after|picking up after|waiting for {you}|always being|being the one|doing everything)",
    { unless: [negatedBefore] },
  ),
  // "Normal people don't…", "Anyone else would…".
  c(
    either(
      "(?:normal|sane|reasonable|real) (?:people|adults|partners|husbands|wives|men|women) (?:don't|wouldn't|do not|would not|would|just|actually|manage)",
      "(?:anyone|everyone|anybody|everybody) else (?:would|wouldn't|does|doesn't|manages|can)",
    ),
    { unless: [positiveAround, (m) => /\b(?:but (?:you|not you)|let's)\b/.test(m.after)] },
  ),
  // Profanity and brush-offs aimed at them.
  c(
    either(
      "(?:f|eff|bugger|sod|naff) off",
      "stfu",
      "gtfo",
      "shut (?:your|ur) (?:mouth|face|trap|gob)",
      "shut the (?:fuck|hell|heck) up",
    ),
    { unless: [warmAround] },
  ),
  c(either("get (?:lost|stuffed|bent)", "up yours", "shove it"), { only: [toldTo] }),
  // A whole clause of mock surprise: "Shocking.", "Figures."
  c("shocking|figures|charming", { only: [standsAlone] }),
  // "Ha, good one."
  c("(?:ha|haha|oh),? good one(?= ?[.!]*$)"),
  // "Oh good, another evening of you ignoring me".
  c("another (?:evening|night|day|weekend|holiday|christmas|year|morning|meal|dinner) of {you}", { unless: [positiveAround] }),

  // "What's the matter with you?", "Have you lost your mind?", "Are you out of your mind?"
  c(
    either(
      "what(?:'s| is| the hell is) the matter with {you}",
      "(?:have|has) {you} (?:lost|gone out of) {your} (?:mind|head|marbles)",
      "(?:are|r) {you} (?:out of|off) {your} (?:mind|head|rocker|trolley|meds|nut)",
      "(?:have|did) {you} (?:gone|go) (?:mad|crazy|insane|mental|soft in the head)",
      "are {you} (?:mad|crazy|insane|mental|thick|simple)(?= ?(?:$|[?!]))",
    ),
  ),
  // Exasperation: "For God's sake", "Oh for crying out loud", "Give me strength".
  c(either("for (?:god's|god|goodness'?|heaven's|christ's|fuck's|fucks|pete's) sake", "for crying out loud", "ffs", "jesus (?:christ|wept)", "give me strength")),
  // "Of course, you're always right", "You always know best, don't you?"
  c(
    either(
      "of course,? {youre} (?:always )?right",
      "{you} (?:always |just |obviously |clearly )?know (?:best|better|everything|it all),? (?:don't|do not) {you}",
      "{you} (?:always )?know best(?= ?(?:$|[.!?]))",
    ),
  ),
  // "Well that went well, didn't it", "Brilliant. Just brilliant.", "Wow. Just wow."
  c(
    either(
      "(?:that|this) went (?:well|brilliantly|great|swimmingly),? didn't it",
      "just (?:brilliant|great|perfect|fantastic|wonderful|lovely|marvellous|fabulous|amazing|wow)",
    ),
    { only: [standsAlone] },
  ),
  // "Oh, you're hilarious", "You think you're so clever", "The world revolves around you".
  c(
    either(
      "oh,? {youre} (?:so |very |really |just )?(?:hilarious|funny|clever|smart|a genius|a comedian|a riot|a laugh|priceless|a treasure|a saint|an angel)",
      "{you} (?:really |honestly |actually )?think {youre} (?:so |such |really |always )?(?:hilarious|a comedian|witty|charming|cute|untouchable|clever|smart|funny|great|special|perfect|better|superior|above|right|hot stuff|god's gift|the best|the only|a genius|amazing|brilliant|it|the victim)",
      "{you} (?:really )?think {you} know (?:everything|best|it all|better)",
      "(?:the world|everything) revolves around {you}",
      "must be (?:so |really )?(?:exhausting|hard|tough|nice|lovely|great|fun|easy|tiring) (?:being|to be) (?:{you}|(?:so |that |this |always )?(?:perfect|right|clever|smart|important|wonderful|amazing|special|popular|right all the time))",
    ),
  ),
  // "Don't do me any favours", "Don't bother apologising".
  c(
    either(
      "don't do me any favou?rs",
      "don't (?:even )?bother (?:apologi\\w+|coming|trying|explaining|asking|calling|texting|pretending|with the excuses|helping)",
    ),
  ),
  // "Why do I even bother?", "There's no point talking to you", "like talking to a brick wall".
  c(
    either(
      "why (?:do|did|should) i (?:even |ever )?bother",
      "i don't know why i (?:even )?(?:bother|stay|put up|stick around|married|'m with|am with|'m still|am still)",
      "(?:there's|there is|what's|what is) (?:no |the )?point (?:in |of )?(?:talking|trying|asking|explaining|arguing)(?: (?:to|with) {you}| ?(?=[.!?]*$))",
      "like (?:living with|being married to|talking to|dealing with|arguing with) (?:a|an) (?:[\\p{L}-]+ )?(?:child|teenager|toddler|kid|baby|brick wall|wall|stranger|flatmate|robot|lodger|two-? ?year-? ?old)",
      "talking to {you} is like",
      "(?:it's|it is) like talking to (?:a|the) (?:brick )?wall",
    ),
  ),
  // Martyrdom: "I'm basically a single parent", "I have to do everything myself".
  c(
    either(
      "(?:i'm|i am) (?:basically |practically |pretty much |effectively )?a single (?:parent|mum|mom|dad|mother|father)",
      "i might as well (?:be single|live alone|not be here|be invisible|talk to the wall|not exist)",
      "i (?:have to |always |always have to )?do everything(?: (?:myself|round here|around here|in this house|for you))",
      "(?:i'm|i am) the only one (?:who|that) (?:ever )?(?:does|cleans|cooks|tidies|cares|tries|pays|remembers|bothers|makes an effort|does anything)",
    ),
    { unless: [(m) => /\b(?:at work|in the office|for work)\b/.test(m.after)] },
  ),
  // "You and your stupid phone.", "You and your excuses."
  c(`{you} and {your} (?:(?:stupid|bloody|precious|little|fucking|damn|endless|constant|pathetic|ridiculous|sodding) )?[\\p{L}-]+(?= ?(?:$|[.!?]))`, {
    unless: [positiveAround],
  }),
  // "Look at me when I'm talking to you", "Don't give me that look", "Don't roll your eyes at me".
  c(
    either(
      "look at me when i'm (?:talking|speaking) to {you}",
      "don't (?:you )?(?:roll {your} eyes|give me that|take that tone|use that tone|speak to me like|talk to me like|turn {your} back on me)",
      "(?:wipe|get) that (?:smirk|look|grin) off {your} face",
    ),
  ),
  // "You're one to talk", "Says the man who forgot our anniversary", "Pot, kettle".
  c(either("{youre} one to talk", "says (?:the (?:man|woman|person|guy|girl|one)|you)(?= who|[.!?]|$)", "pot,? kettle")),
  // "You wouldn't know romance if it hit you in the face".
  c("{you} wouldn't know (?:[\\p{L}'-]+ ){1,4}if it (?:hit|bit|slapped|smacked)"),

  // "Shall I throw a party?", "Do you want a medal?"
  c(
    either(
      "shall i (?:throw (?:you )?a party|get you a (?:medal|trophy|prize|certificate)|ring the papers|alert the media|bake you a cake|give you a medal|roll out the red carpet)",
      "(?:do|did) {you} want a (?:medal|trophy|prize|cookie|biscuit|pat on the back|gold star|sticker|certificate)",
    ),
  ),
  // "So now you're an expert on parenting?", "Since when do you care?" Not "Since when do you like
  // olives? I love that."
  c(either("(?:so )?now {youre} (?:an? |the )?(?:expert|authority|genius|specialist)", "since when (?:do|did|are|were|have|has|does) {you}"), {
    unless: [positiveAround],
  }),
  // "Really appreciate being ignored", "Love that for me", "Cool cool cool".
  c(
    either(
      "(?:really |so |totally )?(?:appreciate|love|enjoy|thanks for|thank you for) (?:being |getting |you )?(?:ignored|ignoring|interrupted|interrupting|shouted at|yelled at|left out|leaving me|abandoned|forgotten|embarrassing|humiliating|lied to|lying|mocked|undermining)",
      "love that for (?:me|us)",
    ),
  ),
  c("cool,? cool(?:,? cool)*", { only: [standsAlone] }),
  // "Good to know I'm a priority", "Nice to know where I stand", "Glad you've got your priorities straight".
  c(
    either(
      "(?:good|nice|great|glad|lovely) to (?:know|see|hear) (?:where i stand|i'm (?:a|your) (?:priority|last)|i matter|i rank)",
      "priorities straight",
    ),
  ),
  // "Thanks for having my back. Not."
  c("not", { only: [standsAlone] }),
  // "Oh here we go.", "Ha, as if.", "Do you actually think before you speak?"
  c("oh,? here we go(?= ?[.!]*$)"),
  c("(?:(?:ha|oh|yeah|lol),? )?as if(?= ?[.!?]*$)", { only: [startsClause] }),
  c("(?:do|did|can|could|would|will) {you} (?:actually|ever|even) (?:think before|listen to (?:me|a word|anything)|care about (?:me|us|anyone|anything|how)|notice (?:me|anything)|bother|hear me)"),
  // Mock apology: "Oh, sorry, did I say something wrong again?"
  c("sorry,? (?:did|have) i (?!wake)(?:[\\p{L}']+ ){1,4}again(?= ?\\?)"),
  // "Are you done?", "Are you finished?"
  c("(?:are|r) {you} quite (?:done|finished|through)(?= ?\\?)"),
  // "I'm not even going to dignify that", "Listen to yourself", "Do you hear yourself?", "lol ok".
  c(
    either(
      "dignify (?:that|this|it)",
      "(?:listen to|do {you} (?:even )?hear|can {you} (?:even )?hear) yourself(?! sometimes| more)",
      "(?:lol|lmao|haha|ha),? (?:ok|okay|k|sure|right|whatever|fine|cool)(?:,? (?:then|sure|mate|babe|ok|okay|right|whatever|cool|fine))?(?= ?[.!]*$)",
    ),
  ),

  // Threats to leave: "If you do that again I'm leaving", "One more time and I'm gone", "Maybe we
  // should just break up", "I should have left you years ago". Not "I'd never leave you over
  // this", "I'm leaving work early", "I'll leave if you need some space".
  ...[
    "(?:if {you}|one more (?:time|word|lie)|(?:keep|carry on) (?:it up|like this|doing (?:this|that))|do (?:that|it|this) again|(?:say|do) that one more time)(?: [^.!?\\n]{0,50}?)?(?<flag>(?:and |then )?(?:i'm|i am|i'll|i will|i swear i'll|we're|we are) (?:so |just |literally |actually )?(?:leaving|leave|gone|done|off|walking out|walk out|moving out|out of here|outta here|finished|over|packing|through))(?= ?(?:$|[.!,]| for good| i swear| (?:i )?mean it| with {you}| then))",
    "(?:keep|carry on) (?:it up|like this|doing (?:this|that))(?: [^.!?\\n]{0,30}?)?(?<flag>{you}(?:'ll| will) be sleeping on the (?:sofa|couch))",
    "(?:i'm|i am|i'll|i will|i swear i'll|i'll just) (?:leaving|leave|walk out|walking out|be gone|move out|moving out|pack my bags|end (?:this|it|us|things))(?: (?:you|this house|for good))? if {you}(?! (?:want|need|like|prefer|'d like|'d rather|would like|would rather))",
    "(?:maybe|perhaps|i think),? (?<flag>(?:i|we) should (?:just )?(?:pack (?:my|our) bags|split up|break up|call it (?:a day|quits)|end (?:it|this|things)|get (?:a )?divorce|divorce|separate|(?:leave|go|move out)(?= ?(?:$|[.!]| then| for good))))",
    "i should(?:'ve| have) (?:left|dumped|divorced|ditched|walked out on|never married|never moved in with|never met) {you}",
    "i wish i(?:'d| had) never (?:met|married|moved in with) {you}",
    "see if {you} (?:care|even care|notice|even notice)",
    "(?:we're|we are) (?:done|finished|over)(?= ?(?:$|[.!]))",
    "(?:this|it|we|us)(?:'s| is| are) (?:so )?over(?= ?(?:$|[.!]| between us))",
    // "Carry on like this and you'll be single", "Do that again and see what happens", "I'll pack my
    // things if this happens again", "I'm calling a lawyer", "I should have left years ago".
    "(?:if (?:this|that|it) (?:happens|carries on|continues|keeps happening)|one more (?:time|word|lie|excuse|chance)|(?:keep|carry on|go on) (?:it up|like this|like that|this way|doing (?:this|that)|with this)|(?:do|try|say|pull) (?:that|it|this) (?:again|one more time|once more))(?: [^.!?\\n]{0,50}?)?(?<flag>(?:and |then )?(?:{you}(?:'ll| will) (?:be (?:single|alone|on {your} own|sleeping (?:alone|on the (?:sofa|couch))|out on {your} ear|looking for)|lose me|regret (?:it|this))|see what happens|(?:i'll|i will|i'm going to|i'm gonna) (?:pack|change the locks|take the kids|be off|be out of here|be gone|call (?:a|my) (?:lawyer|solicitor))))",
    "(?:i'll|i will|i'm going to|i'm gonna|i swear i'll) (?:pack (?:my|{your}) (?:things|bags|stuff|case|suitcase)|change the locks|take the kids|be out of here|be gone) if(?! (?:we|{you} (?:want|like|need|'d like|would like))\\b)",
    "(?:i'm|i am|i'll|i will|i'm going to|i'm gonna) (?:call|calling|ring|ringing|see|seeing|speak to|speaking to|get|getting|talk to|talking to|phone|phoning|contact|contacting) (?:a|my|the) (?:divorce )?(?:lawyer|solicitor|attorney)",
    "see {you} in court",
    "i should(?:'ve| have) (?:left|gone|walked out|got out|ended (?:it|this|things)|called it quits) (?:years|months|ages|long|a long time|weeks) ago",
  ].map((pattern) =>
    c(pattern, {
      why: "“{phrase}” can sound like a threat to leave, and a threat makes the other person fight for safety rather than listen.",
      suggestion: "Try saying how serious it feels: “I'm scared about where we're heading, and I need …”",
      unless: [negatedBefore, comforting, apologising, positiveAround],
    }),
  ),
  // "Go and cry to your mother then."
  c("(?:go|run|go and|go on,? go|off you go,?) (?:and )?(?:cry|whinge|whine|moan|complain|run|tell tales) (?:to|at) {your} (?:mum|mom|mother|mummy|mommy|dad|daddy|mates|friends|sister|therapist)"),
  // "Because you said so, right?", "Don't act like you didn't know", "Don't flatter yourself",
  // "Stop playing the victim", "What part of 'no' don't you understand?"
  c(
    either(
      "because {you} (?:said|say) so",
      "(?:don't|do not|dont|stop) (?:act|acting|pretend|pretending|play|playing) (?:like|as if|as though) {you} (?:didn't|don't|did not|had no|have no|weren't|never|can't)",
      "(?:don't|do not|dont|stop|quit) play(?:ing)? (?:dumb|stupid|innocent|the innocent|the victim|the martyr|the poor me card|the guilt card|mind games|head games|silly games|games with me)",
      "(?:don't|do not|dont) flatter yourself",
      "what part of [^.!?\\n]{1,30}? (?:don't|do not|didn't|did not) {you} (?:understand|get)",
      "(?:here's|heres) a (?:thought|novel idea|crazy idea|wild idea|radical idea|tip|newsflash)",
      "news ?flash",
      "(?:classy|smooth|mature) move",
      "{you} could at least",
      "the (?:very )?least {you} could (?:do|have done)",
      "{you} wouldn't (?:last|survive|cope) (?:a|one|five|ten) (?:day|minute|week|hour|second)s?",
      "(?:wrapped|twisted) (?:a?round|round) (?:her|his|their|{your} [\\p{L}']+) (?:little )?finger",
      "under (?:her|his|their|{your} [\\p{L}']+) thumb",
      "even (?:the|a|my|our|your) [\\p{L}-]+(?: [\\p{L}'-]+){0,3}? (?:better|more|harder) than {you}",
      "(?:how|somehow) (?:it's|this is|that's|it is) (?:all |somehow )?my fault",
      "go on,? (?:then,? )?(?:tell me|blame me|say it)",
      "(?:like|as if|think) {youre} the only one (?:who|that|in this house|here)",
      "(?:i guess|guess|clearly|apparently|obviously) (?:my|what i (?:want|need|think|feel)) (?:feelings |opinions? |needs |views |wishes |time |plans )?(?:don't|doesn't|do not|does not) (?:count|matter)",
      "(?:i'm not going to|i shouldn't have to|i won't|not going to) beg {you}",
      "{you} (?:spent|did|said|told (?:her|him|them)|paid|bought|invited|booked) (?:what|how much|how many)(?=\\s*[?!])",
    ),
    { unless: [warmAround] },
  ),
  // "Sure, go out, I'll just sit here." Not "I'll just sit here while you get ready".
  c("i'll just (?:sit here|stay here|wait here|stay (?:at )?home|sit at home|be here|stay in)(?: (?:alone|on my own|by myself|then|again|like an idiot|like a mug|shall i))?(?= ?[.!?]*$)"),
  // "I'd be better off on my own": a threat to leave.
  c("(?:(?:i'd|i would|we'd|we would|i'll|we'll) be|i'm|i am|we're|we are) (?:so much |much |far )?better off (?:on my own|alone|without {you}|single|apart)", {
    why: "“{phrase}” can sound like a threat to leave, and a threat makes the other person fight for safety rather than listen.",
    suggestion: "Try saying how serious it feels: “I'm scared about where we're heading, and I need …”",
    unless: [negatedBefore],
  }),
  // "Oh, poor baby, did the big bad email upset you?"
  c("(?:the )?big bad [\\p{L}-]+"),
  // Questions that are verdicts: "Why are you like this?", "Would it kill you to say thank you?",
  // "Has it ever occurred to you…", "Ever heard of a phone?", "What's the point of you?", "What is
  // it this time?", "Was that really necessary?", "So I'm supposed to just sit here and take it?"
  c(
    either(
      "why are {you} (?:always )?like this",
      "would it kill {you}",
      "(?:has it|did it|does it) (?:ever )?(?:occur(?:red)? to {you}|cross(?:ed)? {your} mind)",
      "ever heard of (?:a|an|the|texting|calling|knocking|manners|a phone)",
      "what(?:'s| is) the point (?:of|in) {you}",
      "what(?:'s| is) it this time",
      "what (?:have|did) {you} (?:done|do|break|broken|forget|forgotten) now",
      "(?:was|is) (?:that|this|all that) (?:really |strictly )?necessary(?=\\s*\\?)",
      "(?:so )?(?:i'm|am i) (?:supposed|meant|expected) to (?:just )?(?:sit here|take it|put up|accept|be ok|be okay|be fine|be happy|smile|pretend|forget|ignore|swallow)",
    ),
    { unless: [warmAround] },
  ),
  // Sarcastic idioms: "You had one job", "Way to make it about you", "Bit rich coming from you",
  // "Your way or the highway", "Here she goes again", "Always the victim", "I'm so over your moods",
  // "I've had it up to here", "I give up on you", "Good luck finding someone else…", "I'm the only
  // adult here", "Nobody is that busy", "I literally asked you one thing".
  c(
    either(
      "{you} had (?:one|1) job",
      "(?:i )?(?:literally |only |just )?asked {you} (?:to do )?(?:one|1|a single|one simple|one tiny) (?:thing|job|favour|favor)",
      "way to (?:make|ruin|go ruin|wreck|kill|spoil|embarrass|turn|drop|blow|miss|forget|ignore)",
      "(?:bit |a bit |pretty |quite |very )?rich coming from",
      "(?:{your}|my) way or the highway",
      "(?:here|there) (?:she|he|you) goes? again",
      "always the victim",
      "(?:i'm|i am) (?:so |completely |totally |well )?over (?:{you}|{your}|this|it)(?= ?(?:$|[.!]| [\\p{L}]+s?\\.?$))",
      "(?:i've|i have|i've|i) (?:had it|had enough) (?:up to here|with {you}|of {you})",
      "had it up to here",
      "i (?:give|gave) up on {you}",
      "good luck (?:finding|getting) (?:someone|somebody|anyone|another)",
      "(?:i'm|i am) the only (?:adult|grown-? ?up|one with a brain|sane one|responsible one)",
      "nobody(?: is|'s) that busy",
      "(?:i )?(?:shouldn't|should not) have to (?:spell it out|explain|tell you|ask|remind|beg|draw you a)",
      "i swear(?: to god)? if {you}",
      "don't (?:\\x27\\p{L}+\\x27|\"\\p{L}+\"|babe|baby|love|darling|sweetheart|honey|hun|mate) me",
      "(?:{you}'d|{you} would) rather be anywhere (?:but|else)",
      "(?:clearly|obviously|evidently) (?:couldn't|could not|can't|cannot) be (?:bothered|arsed|assed)",
      "{you} (?:clearly |obviously )?(?:couldn't|could not) be (?:bothered|arsed|assed)",
      "learn to (?:read|tell the time|count|use a|drive|cook|listen|spell|close|shut)",
      "(?:cool|fine|great|right|ok|okay|brilliant|perfect|lovely),? so i'll just",
      "i'll just [^.!?\\n]{1,30}? again(?: then)?(?= ?[.!?]*$)",
    ),
    { unless: [positiveAround, apologising] },
  ),
  // "Try not to embarrass me tonight" (the flag leaves out "Try", which the suggestion starts with).
  c("try (?<flag>not to (?:embarrass|humiliate|ruin|mess|screw|cock|bugger|make a (?:fool|scene|mess))\\w*(?: me| us| it| things| everything)?)", {
    unless: [positiveAround, apologising],
  }),
  // Eye-roll, side-eye and upside-down-smile emoji. Not when apologising for one.
  c("🙄|😒|🙃", { unless: [apologising] }),
  // Commands of contempt, as a whole clause: "Do one.", "Jog on.", "Dream on, mate.", "Knock
  // yourself out then.", "Good luck with that." Not "Do one thing for me", "Dream on the train".
  c(
    either(
      "do one", "jog on", "dream on", "keep dreaming", "in {your} dreams", "get stuffed", "sod off", "piss off", "bugger off",
      "naff off", "bog off", "get lost", "bite me", "keep telling yourself that", "good luck with that", "have a nice life",
      "knock yourself out", "suit yourself", "be my guest", "whatever floats {your} boat", "go for it then",
    ),
    { only: [wholeClause], unless: [positiveAround, warmAround] },
  ),
  // "Have a word with yourself", "Take a long hard look at yourself", "Read the room", "Wake up and
  // smell the coffee", "Go running to your mum". Not "Have a word with your boss", "Take a look at
  // this", "Wake up, sleepyhead".
  c(
    either(
      "have a (?:(?:long|serious|stern|quiet) )?word with yourself",
      "take a (?:(?:good|long|hard|long,? hard) )?look at yourself",
      "check yourself",
      "read the room",
      "wake up and smell the coffee",
      "get with the (?:programme|program|times)",
      "(?:join|welcome to|live in) the real world",
      "(?:go (?:on )?(?:then,? )?)?(?:run|go running|running|go crying|crying|go cry|go whinge|go moan|go complain|go and cry|go and moan|go and complain|run crying|run off|run back|run home)(?: off| back| home)? to (?:{your} )?(?:mum|mom|mummy|mommy|mother|dad|daddy|mates|friends|therapist|sister|brother)",
    ),
    { unless: [negatedBefore, positiveAround, comforting] },
  ),
  // Rhetorical questions that are verdicts: "Who talks to their partner like that?", "Do you hear
  // how you sound?", "wtf is wrong w u". Not "Who dances like that? I love it".
  c(
    either(
      "who (?:even |actually |the hell |on earth |in their right mind )?(?:talks|speaks|treats|behaves|acts|does|says|leaves|drives|texts|carries on)(?: [\\p{L}'-]+){0,3}? like (?:that|this)(?= ?[?!]|$)",
      "(?:do|can|did) {you} (?:even |actually |not |seriously )?(?:hear|realise|realize|know|see) how (?:(?:ridiculous|stupid|crazy|mad|insane|petty|childish|pathetic|unreasonable|selfish|mean|nasty) )?{you} (?:sound|look|come across|are being)",
      "listen to how {you} sound",
      "(?:what|wtf|wth|wat|wot|tf)(?:'s| is| s)? (?:(?:actually|even|seriously|really|the hell|the fuck|the heck|exactly) )?(?:wrong|the matter) {with} {you}",
      "(?:is|was) (?:it|that) (?:really )?(?:so|that|too) (?:hard|difficult|much to ask)",
    ),
    { unless: [positiveAround, comforting] },
  ),
  // Sarcastic praise: "Ten out of ten for effort", "Give the man a gold star", "Aren't you a ray of
  // sunshine", "Look at you, Mr Responsible", "What a gentleman, leaving me to carry everything".
  // Not "Give yourself a pat on the back, you were amazing", "What a star, thank you".
  c(
    either(
      "(?:ten out of ten|10/10|full marks|top marks|an? a\\+?|points|marks|gold star) for (?:effort|trying)",
      "(?:give|get|hand) (?:him|her|them|yourself|{you}|the (?:man|woman|boy|girl|lad|lady)|that (?:man|woman)|this (?:man|woman)) (?:a |an )?(?:gold star|medal|trophy|biscuit|cookie|round of applause|pat on the back|prize|sticker|parade|award|knighthood|nobel prize|oscar)",
      "aren't {you} (?:just )?(?:a |an |the )?(?:(?:little|real) )?(?:ray of sunshine|delight|treat|charmer|comedian|joy|peach|clever clogs|funny one|clever one|bundle of joy|breath of fresh air)",
      "(?:mr|mrs|miss|ms|little miss|little mister|lord|lady|saint|captain|professor) (?:perfect|responsible|reliable|organi[sz]ed|sensible|punctual|tidy|generous|thoughtful|considerate|know-? ?it-? ?all|always right|never wrong|busy|important|popular|nice guy|high and mighty|holier-? ?than-? ?thou|sensitive|righteous|innocent|helpful|romantic|hard-? ?working|fun|chill|sunshine)",
      "what a (?:hero|gentleman|saint|star|legend|catch|prince|princess|team player|trooper|sweetheart|charmer|keeper|angel|treasure|lady|gent)(?=,? (?:\\p{L}+ing|leaving|letting) (?:me|us|the|your|my|everything|everyone|all))",
    ),
    { unless: [positiveAround, warmAround, apologising] },
  ),
  // Questions that are verdicts: "Is that meant to be an apology?", "Is this your idea of
  // helping?", "Is that the best excuse you could come up with?", "Is it too much to expect…?",
  // "Do you honestly expect me to believe that?", "Do you think money grows on trees?", "What
  // planet are you on?", "You call that cleaning?". Not "Is this the one you wanted?".
  c(
    either(
      "(?:is|was) (?:that|this) (?:meant|supposed) to be (?:an? )?(?:apology|joke|funny|help|helping|clean|an answer|a compliment)",
      "(?:is|was) (?:that|this) {your} idea of",
      "(?:is|was) (?:that|this) the best (?:excuse |answer |apology |you )",
      "(?:is it|is that|that's|that is|was that) too much to (?:ask|expect)",
      "(?:do|did) {you} (?:honestly |really |seriously |actually )?expect me to believe",
      "money grows on trees",
      "what planet (?:are|were) {you} on",
      "{you} call (?:that|this) (?:\\p{L}+ing|help|a meal|an apology|clean|tidy|dinner|effort|work)(?= ?\\?)",
      "(?:get|come) (?:down )?off {your} high horse",
      "(?:talking|talk) to (?:a|the) (?:brick )?wall",
    ),
    { unless: [warmAround] },
  ),
];
