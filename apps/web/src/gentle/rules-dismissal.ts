// A table, not logic: one line per phrasing of dismissal with its reason and context checks
// (see README.md, "How it works"). It is long because the kind has many shapes; splitting it
// would only scatter one table across files.
import {
  aboutSelfOrOthers,
  comforting,
  apologising,
  askingNotTelling,
  endsClause,
  negatedBefore,
  positiveAround,
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
  /\b(?:don't worry|no worries|no harm|happens to (?:everyone|all of us|the best)|all good|easy mistake|i promise|honestly|we'll be (?:fine|okay|ok|alright)|it's (?:all )?(?:fine|okay|ok|clear|normal)|was (?:clear|fine|normal)|nothing wrong)\b/.test(m.after);
/** "Relax, I've booked the table": the speaker has it in hand. */
const inHand = (m: MatchContext): boolean =>
  /\b(?:i've (?:already |just |now )?(?:got|booked|done|sorted|paid|called|handled|fixed)|i'll (?:sort|handle|do|deal|fix|call|book)|i'll (?:drive|pay|cook|get|pick|take care|ring|go|clean|make|grab|be there|do it|sort)|it's (?:all |already )?(?:sorted|booked|paid|handled|done|taken care of))\b/.test(m.after);
/** "Who cares what my aunt thinks, I care what you think": setting others aside for them. */
const caresAboutThem = (m: MatchContext): boolean => /\bi (?:care|love)\b/.test(m.after);

/** "I don't have time for this now, can we talk tonight?": putting it off, not shutting it down. */
const laterIsFine = (m: MatchContext): boolean =>
  /\b(?:can we|could we|let's|later|tomorrow|tonight|after|when i'm|at the weekend|in a bit|once)\b/.test(m.after);
/** Told to them, or said flatly by the speaker: "Save it.", "I don't want to hear it." */
const toldToOrSelf = (m: MatchContext): boolean => toldTo(m) || /^\s*$/.test(m.before);
/** Any position: the phrase itself says who it is aimed at. */
const toldToOrSelfOrAny = (m: MatchContext): boolean => !/\b(?:let's|we|we'll|we should|shall we)\s*$/.test(m.before) && !/\b(?:told me to|said to)\s*$/.test(m.before);
/** Nothing but punctuation follows in the sentence: "Forget it." */
const endsSentence = (m: MatchContext): boolean => /^[^\p{L}\p{N}]*$/u.test(m.after);
/** "Meh, it doesn't matter", "It doesn't matter." — a clause of its own. */
const startsClauseOrMeh = (m: MatchContext): boolean => startsClause(m) || /^\s*(?:meh|eh|pfft|pff|ugh|lol)\W*\s*$/.test(m.before);

/** Words between "you're" and "overreacting": bounded and never overlapping ("way" + "too",
 * not also "way too"), because an unbounded, overlapping list can take exponential time. */
const BETWEEN = "(?:(?:being|getting|so|too|just|really|completely|totally|a bit|a little|always|acting|kind of|kinda|way) ){0,4}";

export const dismissalRules: readonly Rule[] = [
  // Commands to feel less, told to them: "Calm down", "Just relax", "You need to calm down".
  // Not "Let's both calm down", "I need to relax", "Help me calm down", "told me to relax".
  d(
    either(
      "calm down",
      "relax(?! and)",
      "chill(?: out)?",
      "settle down",
      "cool it",
      "get over (?:it|yourself)",
      "let it go(?! to| through| out| on)",
      "move on",
      "get a grip",
      "lighten up",
      "toughen up",
      "man up",
      "deal with it",
      "drop it(?! off| round| in| over| at| by| back)",
      "take a chill pill",
      "(?:stop|quit) (?:whining|moaning|complaining|nagging|sulking|overreacting|stressing|freaking out|panicking|fussing|going on|banging on|harping on|bringing (?:it|this|that) up|(?:bringing|dragging|digging) up (?:the past|old stuff|ancient history|old arguments|old rows|that again|this again)|dwelling|whinging|bitching|being like this)",
      "(?:stop|quit|enough|cut it out|cut the crap|give it a rest|less of|spare me) with the (?:drama|dramatics|theatrics|waterworks|tears|attitude|sulking|moaning|whining|excuses|nagging|guilt trips?|sob stor(?:y|ies)|martyr act|silent treatment)",
      "(?:stop|quit) talking(?! about| to (?:them|him|her))",
      "give it a rest",
      "change the record",
      "don't (?:you )?start (?:again|this|that|with me|on me|that again|all this)",
    ),
    { only: [toldTo], unless: [inHand] },
  ),
  d("stop crying", { only: [toldTo], unless: [comforting] }),
  // "You're overreacting", "You're being dramatic", "You're too sensitive", "You're making a big
  // deal out of nothing". Not "You're not overreacting", "I don't think you're overreacting".
  d(`{youre} ${BETWEEN}${oneOf(TALKED_DOWN)}`, { unless: [negatedBefore, askingNotTelling] }),
  // "Why are you so upset about a dinner?": an intensifier plus something made small. Not "Are you
  // upset about the message I sent?" (no "so": a real question).
  d(
    "(?:are {you}|{youre}|{you} get|{you} got) (?:so|this|that|all|getting so) (?:upset|worked up|angry|mad|bothered|emotional|stressed|wound up|het up|annoyed|offended) (?:about|over) (?:nothing|a|an|one|such a|something so|this little|a little|some)",
  ),
  // "Stop being so sensitive about my family", "Don't be so dramatic".
  d(
    either(
      "(?:stop|quit) (?:being|acting|getting) (?:so |too |such a )?(?:sensitive|dramatic|emotional|hysterical|paranoid|touchy|precious|a drama queen|worked up)",
      "(?:don't|do not|dont) be (?:so |too |such a |that )?(?:sensitive|dramatic|emotional|hysterical|paranoid|touchy|precious|a drama queen|uptight|serious|soft|extra|over-? ?the-? ?top|a snowflake)",
    ),
  ),
  // "Stop making such a fuss about the dishes", "Why are you making a scene?"
  d(
    "(?:stop|quit|don't|no need to|why are {you}|why do {you} have to|you're|{you} always) mak\\w* (?:such )?(?:a )?(?:big |huge |massive )?(?:fuss|scene|drama|deal|song and dance|thing)",
    { unless: [apologising] },
  ),
  // "You worry too much", "You take things too personally", "You're reading too much into it".
  d(
    either(
      "{you} (?:\\p{L}+ )?(?:worry|think|overthink|stress|fuss|moan|complain|whinge|whine|nag|cry|read into (?:things|it|everything|this)) (?:way |far )?too much",
      "{you}(?:'re| are)? tak(?:e|ing) (?:things|everything|it|this|stuff|that) (?:way |far |so |too )?(?:too )?(?:seriously|personally|to heart)",
    ),
    { unless: [warmAround, negatedBefore] },
  ),
  // "Nobody else would be upset", "No one else minds".
  d("(?:nobody|no one|noone) else (?:would|is|does|cares|minds|gets|thinks|has a problem)", { unless: [warmAround] }),
  // Stonewalling: "I don't have time for this", "I'm not doing this", "Heard it all before".
  d(
    either(
      "i (?:don't|do not|dont) (?:have |got )?time for (?:this|your|you|it)",
      "i (?:haven't|have not) got time for (?:this|your|you|it)",
      "(?:i )?can't be (?:bothered|arsed|assed) (?:with|to (?:talk|listen|deal|argue|do this))",
      "(?:i'm |i am )?not (?:doing|having) this(?: (?:again|now|right now|conversation|tonight|today|discussion|argument|with {you}|anymore|any more)){0,3}(?= ?(?:$|[.!?,]))",
      "i (?:can't|cannot|can't be doing with) (?:deal with|handle|cope with|be doing with|stand|be around) {you}(?= ?(?:$|[.!?,]| right now| today| tonight| anymore| any more| at the moment))",
      "i'm done (?:talking|discussing|with this|arguing|listening)",
      "(?:we've|we have) (?:been|gone) (?:over|through) this",
      "heard it all before",
      "(?:yeah|yes|blah),? (?:yeah|yes|blah)",
      "end of (?:discussion|story|conversation)",
      "(?<=,\\s{0,3})end of(?= ?[.!]*$)",
    ),
    { unless: [laterIsFine, apologising] },
  ),
  // "It doesn't matter.", "Forget it.", "So what?", "Ok and?"
  d(
    either("(?:it )?(?:doesn't|does not|dont|don't) matter", "forget (?:it|i said anything|i asked)", "so what", "big deal", "leave it", "don't (?:you |even )?start"),
    { only: [endsSentence, startsClauseOrMeh], unless: [reassuring, warmAround] },
  ),
  // "Go sulk somewhere else", "I'm not asking, I'm telling you", "Keep your opinions to yourself",
  // "Stop interrupting me!", "You're not the victim here", "Back off", "Can you stop."
  d(
    either(
      "go (?:and )?(?:sulk|cry|moan|whinge|whine|complain|rant|scream|shout|stew)(?: (?:somewhere else|elsewhere|in the other room|to (?:someone|somebody) (?:else|who cares)|about it))?(?= ?(?:$|[.!]| then))",
      "i'm not asking,? i'm telling",
      "keep {your} (?:opinions?|comments?|advice|thoughts|remarks|views|two cents) to yourself",
      "(?:stop|quit) (?:interrupting|talking over|cutting) me",
      "{youre} not the (?:victim|injured party|one who's hurting|one who got hurt) here",
      "(?:needs?|needed|got) to back off",
      "(?:can|could|will|would) {you} (?:please |just )?(?:stop|shut up|give it a rest|leave it|drop it|not)(?= ?[.!?]*$)",
      "not everything revolves around (?:{you}|{your})",
      "don't (?:even )?bother coming (?:home|back|round|over)",
    ),
    { only: [toldToOrSelfOrAny], unless: [comforting, apologising] },
  ),
  d("back off", { only: [toldTo] }),
  // "I'm not listening to this rubbish".
  d("not (?:listening to|hearing|putting up with) (?:this|that|{your}|any more of (?:this|{your})|more of (?:this|{your})) (?:rubbish|nonsense|crap|shit|bollocks|drivel|bs|bullshit|garbage|excuses?|lies|whining|moaning|whinging|tantrum)"),
  // "I don't need your permission", "I don't need your advice".
  d("i (?:don't|do not|dont) need {your} (?:permission|approval|advice|opinion|input|lectures?|help|two cents)", { unless: [positiveAround, (m) => /\bthank/.test(m.after)] }),
  // "You'll get over it", "You'll live". Not "You'll be fine" (reassurance).
  d("{you}(?:'ll| will) (?:get over it|live|survive|cope)(?= ?(?:$|[.!]))", { unless: [comforting, positiveAround] }),
  // "Not interested.", "La la la, not listening."
  d(either("(?:i'm )?not (?:interested|listening)", "la,? la(?:,? la)+"), { only: [startsClause, endsSentence] }),
  // Shutting them out: "Don't talk to me", "Don't even look at me", "Just leave me alone".
  d(
    either(
      "(?:don't|do not|dont) (?:even )?(?:talk|speak) to me(?= ?(?:$|[.!]| again| ever| right now| tonight| today))",
      "(?:don't|do not|dont) (?:even )?look at me(?= ?(?:$|[.!]))",
      "(?:don't|do not|dont) (?:text|call|ring|message) me(?= ?(?:$|[.!]| again| ever))",
      "(?:just )?leave me (?:the (?:hell|fuck) )?alone(?= ?(?:$|[.!]))",
    ),
    { only: [toldTo], unless: [apologising, positiveAround] },
  ),
  // "Stop it, it was a joke". Not "Stop it, you're making me laugh".
  d("stop it", { only: [toldTo], unless: [warmAround] }),
  d("(?:(?:ok|okay|yeah|right|fine|and),? )?(?:and|so)(?=\\s*\\?)", { only: [startsClause] }),
  // "Fix it yourself", "Have it your way", "Suit yourself".
  d(
    either(
      "(?:fix|sort|do|figure|work|deal with|clean|find) (?:it |that |this )?(?:out )?yourself(?: then)?",
      "have it {your} (?:own )?way",
      "suit yourself",
      "whatever floats {your} boat",
    ),
    { only: [toldTo], unless: [positiveAround, (m) => /\bor\b/.test(m.after)] },
  ),
  d("{you} do {you}", { only: [endsSentence], unless: [positiveAround] }),
  // "I couldn't care less", "Like I care", "Who gives a damn".
  d(
    either(
      "i (?:couldn't|could not|could) care less",
      "(?:like|as if) i (?:care|cared|give a)",
      "(?:i don't|i do not|who|nobody) gives? a (?:damn|shit|toss|fuck|monkey's|rat's|flying)",
      "cry about it",
      "a {you} problem",
    ),
  ),
  // "It's literally nothing", "nothing to get upset about", "No need to be so touchy".
  d(
    either(
      "(?:it's|that's|it is|this is|it was) (?:literally|honestly|really|absolutely) nothing",
      "nothing to (?:get|be) (?:so )?(?:upset|worked up|angry|cross|stressed|mad|emotional|het up|wound up) (?:about|over)",
      "no need to (?:be so|get so|be that|get all|shout|yell|be rude|be like that|be dramatic|overreact|take it so|get (?:upset|angry|worked up))",
    ),
    { unless: [reassuring, apologising] },
  ),
  d(
    either(
      "keep {your} (?:hair|knickers|pants|shirt) on",
      "(?:don't )?get {your} knickers in a (?:twist|knot)",
      "calm {your} (?:tits|farm)",
      "simmer down",
      "wind {your} neck in",
      "pipe down",
      "cool {your} jets",
      "take it down a (?:notch|peg)",
    ),
  ),
  // "Save your excuses", "I don't want to hear it", "Tell it to someone who cares".
  d(
    either(
      "save (?:it|{your} (?:excuses|breath|drama|sob story|apologies|tears|speech|lecture))(?! for| to| in| on| as| somewhere)",
      "i (?:don't|do not) (?:want|wanna|need) to hear (?:it|(?:your|any|another|more) (?:excuses?|explanations?|stories|story|nonsense|rubbish|lies|bullshit|sob story))(?= ?(?:$|[.!,]))",
      "tell (?:it to )?someone who cares",
    ),
    { only: [toldToOrSelf] },
  ),
  // "You have no idea how hard I work", "You haven't got a clue", "What would you know about it?"
  d(
    either(
      "{you}(?:'ve| have)? (?:no|not got any) (?:idea|clue)",
      "{you} (?:haven't|have not|don't have|do not have) (?:got )?(?:a|any) (?:clue|idea)",
      "what would {you} know",
      "{you} (?:don't|do not) know what {youre} (?:talking|on) about",
      "{you} know nothing",
    ),
    { unless: [positiveAround, (m) => /^\s*(?:how much|what (?:it|this) means)/.test(m.after)] },
  ),
  // "Who asked you?", "Mind your own business", "Stay out of it".
  d(
    either(
      "(?:who|nobody|no one) asked {you}",
      "(?:nobody|no one) asked for {your} (?:opinion|advice|input)",
      "mind {your} own (?:business|beeswax)",
      "(?:stay|keep) out of (?:it|this)",
      "butt out",
      "keep {your} nose out",
      "none of {your} (?:business|concern)",
    ),
  ),
  // "You're talking rubbish", "That's bullshit", "Don't talk nonsense".
  d(
    either(
      "(?:{youre}|stop|don't|quit) talk(?:ing)? (?:such )?(?:rubbish|nonsense|crap|shit|bollocks|bull\\w*|out of {your} (?:arse|ass)|drivel|garbage|tosh|rot)",
      "(?:that's|that is|what a load of|such|utter|absolute|complete|total) (?:a load of )?(?:rubbish|nonsense|crap|bullshit|bollocks|bs|drivel|garbage|tosh|codswallop|horseshit)(?= ?(?:$|[.!?,]))",
    ),
    { unless: [apologising, (m) => /\b(?:aw+|oh no|poor)\b/.test(m.before)] },
  ),
  // "It's not the end of the world", "It's really not that bad."
  d(
    either("not the end of the world", "(?:it's|it is|that's|it was) (?:really |honestly |seriously )?not that bad(?= ?[.!]*$)"),
    { unless: [reassuring, positiveAround, apologising] },
  ),
  // "Why are you being so sensitive?", "Why are you getting so worked up?"
  d(`(?:are|were) {you} (?:being|getting|acting) (?:so |this |that |really |a bit |too |all )?${oneOf(TALKED_DOWN)}`),
  // "There's no need to cry", "Here come the tears", "crocodile tears".
  d(
    either(
      "no need to (?:cry|get upset|be upset|get emotional|be so emotional|get hysterical)(?![^.!?]*\\b(?:come here|it's going to be|i'm here)\\b)",
      "here (?:come|comes|we go with) the (?:tears|waterworks|dramatics|theatrics)",
      "(?:turn(?:ing)? on )?the waterworks",
      "crocodile tears",
    ),
  ),
  // Shutting it down: "We're not talking about this", "Subject closed", "Conversation over".
  d(
    either(
      "(?:we're|we are|i'm|i am) not (?:talking about|discussing|going over|going into|getting into|doing) (?:this|it|that)(?: again| now| anymore| any more| tonight)?(?= ?(?:$|[.!,]))",
      "(?:subject|conversation|discussion|argument|case) (?:closed|over|ended)",
      "this conversation is over",
      "we're done here",
    ),
    { unless: [laterIsFine] },
  ),
  // "I don't care what you think", "Your feelings aren't my problem", "Nobody's attacking you".
  d(
    either(
      "i (?:don't|do not|dont) care (?:what|how|if|whether) {you}",
      "(?:aren't|isn't|is not|are not) my (?:problem|concern|responsibility)",
      "(?:nobody|no one)(?:'s| is) (?:attacking|having a go at|criticising|criticizing|blaming|picking on|getting at|judging) {you}",
    ),
    { unless: [positiveAround] },
  ),
  // Denial: "That never happened", "You're remembering it wrong", "You're making things up".
  d(
    either(
      "that never happened(?= ?(?:$|[.!,]))",
      "{youre} (?:remembering|recalling) (?:it|that|things|this) wrong",
      "{youre} (?:making|makin) (?:things|it|that|stuff|this|it all) up",
      "{you} (?:made|make) (?:that|it|this|things|stuff|it all) up",
    ),
    { unless: [negatedBefore] },
  ),
  // "Not everything has to be a big conversation".
  d("not everything (?:is|has to be|needs to be|has to turn into|has to become|must be) (?:about|a|an|such)", { unless: [warmAround] }),
  // "It was a joke", "Where's your sense of humour?"
  d(
    either("(?:it was|it's|that was|i was) (?:a joke|joking|kidding|banter|having a laugh)", "where's {your} sense of humou?r"),
    { unless: [ownViewOrTheirs, apologising] },
  ),
  // "Why are you making this such a big thing?", "Can we not make a drama out of this?" Not "I'm
  // sorry for making a fuss".
  d(
    either(
      "mak(?:e|es|ing) (?:this|it|that|everything) (?:such a |a |into a |into such a )?(?:big |huge )?(?:deal|thing|drama|fuss|scene|issue|crisis|catastrophe|disaster|tragedy|soap opera|federal case|production)",
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
  d("(?:who|nobody|no one) cares", { unless: [caresAboutThem, positiveAround] }),
  // "I don't care." ending the matter. Not "I don't care who's right, I care about us".
  d("i (?:don't|do not|dont) care(?: anymore| any more)?", {
    only: [endsClause],
    unless: [(m) => /\b(?:pick|choose|either|any|whichever|whatever you|your choice|you decide|as long as)\b/.test(m.after)],
  }),
  // "Fine, do what you want", "Ok whatever you want", "Whatever." Not "Whatever happens, I'm on
  // your side", "I'll eat whatever", "you said whatever" (reported).
  d("do (?:whatever|what) {you} (?:want|like)", {
    only: [startsClause],
    unless: [positiveAround, (m) => /\b(?:birthday|your day|treat yourself|you deserve)\b/.test(m.after)],
  }),
  d("whatever(?: {you} (?:want|think|like|wish))?", { only: [startsClause, endsClause], unless: [warmAround] }),
  // "Here we go again", "Not this again", "That's your problem".
  d(either("here we go again", "not this again", "this again(?=\\?)")),
  d(either("(?:that's|that is|it's|it is) {your} problem", "not my problem")),
  // Ruling the matter closed or the feeling unreal: "I don't want to hear another word about it",
  // "No one wants to hear it", "That's a you issue", "It's all in your head", "Keep your feelings
  // to yourself", "Your point being?", "It's not worth talking about". Not "I'd like to hear your
  // point of view" or "It's worth talking about".
  d(
    either(
      "(?:i|we) (?:don't|do not|dont) (?:want|need) to hear (?:another|one more|any more|anymore|it|about it)",
      "(?:no ?one|nobody) (?:wants|needs) to hear (?:it|this|that|about it)",
      "(?:a|that's a|that is a|sounds like a) {you} (?:problem|issue|thing)",
      "(?:it's|it is|that's|that is) (?:all )?in {your} head",
      "keep {your} (?:feelings|opinions|thoughts|comments|moaning|complaints) to yourself",
      "{your} point being",
      "(?:it's|it is|that's|that is) not (?:even )?worth (?:talking|arguing|discussing|fighting) (?:about|over)",
      "not in the mood for {your}",
    ),
    { unless: [negatedBefore, apologising] },
  ),
  // Text speak for "I don't care": "idgaf anymore", "idc tbh". Not inside other words.
  d("(?:idgaf|idc|idrc|idgaf|dgaf|idgad|idgas|idfc)(?: (?:anymore|any more|tbh|lol|lmao|honestly|rn|at this point|either way|what {you} (?:do|think|want|say)))?", {
    unless: [(m) => /\b(?:pick|choose|either|any|whichever|your choice|you decide|as long as)\b/.test(m.after), positiveAround],
  }),
];
