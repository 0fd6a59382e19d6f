// A table, not logic: one line per phrasing of absolutes ("always", "never", "every time")
// with its reason and context checks (see README.md, "How it works"). It is long because the
// kind has many shapes; splitting it would only scatter one table across files.
import {
  aboutSelfOrOthers,
  admiringFrame,
  aimedAtYou,
  apologising,
  askingNotTelling,
  negatedBefore,
  neverUnkind,
  positiveAround,
  speakerFirst,
  startsClause,
  youInSentence,
  warmAfter,
  warmAround,
  youAreSubject,
  type MatchContext,
} from "./context";
import { either, phrase, WORD, type Rule } from "./rule";

/**
 * Absolutes aimed at the other person. "Always" and "never" turn one moment into a verdict on
 * who they are, and invite a hunt for the exception instead of listening.
 */
const why = "“{phrase}” can sound like a verdict on who they are, and invites them to find the exception.";
const a = (pattern: string, extra: Partial<Omit<Rule, "kind" | "pattern">> = {}): Rule => ({
  kind: "absolute",
  pattern: phrase(pattern),
  why,
  ...extra,
});

/** An adverb that may sit inside "you … never": "You literally never ask". */
const ADVERB =
  "(?:(?:literally|honestly|just|really|basically|seriously|actually|genuinely|pretty much|almost|practically|still|also) )?";
/** How often, after a you-clause: "You're on your phone constantly". */
const FREQUENCY = either(
  "all the time",
  "24/7",
  "non-? ?stop",
  "day and night",
  "constantly",
  "over and over",
  "again and again",
  "without fail",
  "every (?:single )?(?:day|night|week|weekend|month|year|morning|evening)",
  // Exaggeration: "You're on that phone twenty-four hours a day", "day in, day out".
  "(?:24|25|twenty-? ?four|twenty-? ?five) (?:hours )?a day",
  "morning,? noon and night",
  "round the clock",
  "day in,? day out",
  // "year after year", "time after time", "every blessed day".
  "(?:year|week|month|night|day|time|weekend) after (?:year|week|month|night|day|time|weekend)",
  "every (?:blessed|blinking|flipping|bleeding|bloody|sodding|last|other) (?:day|night|week|weekend|time|morning|evening)",
);

/** What "every" can count when the rest of the sentence says what they do. */
const EVERY_NOUN =
  "time|day|night|week|weekend|month|year|morning|evening|conversation|argument|row|fight|discussion|holiday|christmas|birthday|meal|dinner|party|visit|trip|saturday|sunday|friday|summer|single one|other day|bloody|damn|thing|word|detail|penny|chance|excuse|minute|second";

/** Words before "you" that make it the object: "I miss you", "with you", "for you". */
const OBJECT_BEFORE = new Set(
  "of to for with about at on from by into than love loved miss missed see saw thank thanked call called text texted tell told ask asked hug hugged kiss kissed help helped need needed want wanted hear heard meet met remind reminded make made give gave show showed take took bring brought like liked adore watch watched find found know knew trust believe forgive get got let have had bother pay send sent leave left picture imagine choose chose support supported married marry protect".split(" "),
);
/**
 * "You" does something in this sentence (outside the match): it is not the object of a verb or a
 * preposition just before it, except "with you sulking". Broader than `youAreSubject`, which
 * needs a clause break or a conjunction before "you".
 */
const youAct = (m: MatchContext): boolean => {
  if (youAreSubject(m)) return true;
  const around = `${m.before} ${m.after}`;
  for (const hit of around.matchAll(/([\p{L}']+)?\s*\b(?:you|u)\b(?:'re|'ve|'d|'ll)?\s+([\p{L}']+)/gu)) {
    const before = hit[1] ?? "";
    const next = hit[2] ?? "";
    if (/^(?:know|too|and|or|guys|all)$/.test(next)) continue;
    if (!OBJECT_BEFORE.has(before) || SUBJECT_NEXT.test(next)) return true;
    // "…ends with you sulking", "…turns into you working".
    if (/^(?:with|into|of|at)$/.test(before) && next.endsWith("ing")) return true;
  }
  return false;
};
/** Words after "you" that make it the subject even after "help", "see"…: "…for help you suddenly have…". */
const SUBJECT_NEXT =
  /^(?:just|always|never|still|then|suddenly|instantly|immediately|go|went|get|got|start|started|leave|left|walk|walked|storm|stormed|decide|decided|seem|seemed|act|acted|pretend|pretended|have|had|do|did|don't|didn't|can't|won't|couldn't|wouldn't|will|would|can|could|should|must|are|were|turn|turned|change|changed|disappear|disappeared|vanish|vanished|\p{L}+ly)$/u;

/** The phrase opens its clause, give or take "and", "honestly", "literally". */
const startsClauseLoose = (m: MatchContext): boolean => /^\s*(?:(?:and|but|so|honestly|literally|seriously|like|oh|yeah|ugh),?\s+)*$/.test(m.before);

/** "Whenever you're ready", "whenever you like". */
const whenYouLike = (m: MatchContext): boolean =>
  /^\s*(?:you|u)(?:'re| are)? (?:ready|want|like|need|can|fancy|feel|get a|have time|free|wish|'re free)/.test(m.after);
/** "You won again!", "You nailed it again". */
const success = (m: MatchContext): boolean =>
  /\b(?:won|win|nailed|smashed|aced|passed|saved|rescued|impressed|outdid|surprised me|made my day|did it)\b/.test(m.matched);
const thanking = (m: MatchContext): boolean => /\bthank/.test(`${m.before} ${m.after}`);

/** The sentence is a question: "Who always ends up paying?" */
const question = (m: MatchContext): boolean => /\?[\s"')\]]*$/.test(m.norm);
/** The rest names the speaker or the other person: "Why is it always my job…", "…on your terms?" */
const aboutUsTwo = (m: MatchContext): boolean => /\b(?:you|u|your|ur|yourself|me|my|i|i'm|i've)\b/.test(m.after);

/** "You don't ever have to apologise": "ever" about what they need not do is a kindness. */
const noNeedTo = (m: MatchContext): boolean => /^\s*(?:have|need) to\b/.test(m.after);
/** Warm words inside a long match: "You make me laugh all the time". */
const warmWithin = (m: MatchContext): boolean => warmAfter({ ...m, after: m.matched.replace(/^\S+/, "") });

export const absoluteRules: readonly Rule[] = [
  // "You always…", "You're always…", "You constantly…". Not "You always make me laugh" (warm),
  // not "Do you always feel this anxious?" (a curious question).
  a(either(`{you} ${ADVERB}(?:always|constantly|continually|forever)`, `{youre} ${ADVERB}(?:always|constantly|forever|continually)`), {
    unless: [warmAfter, askingNotTelling, admiringFrame],
  }),
  // "You never…", "You can never…", "You're never…". Not "You never judge me" (never + something
  // unkind is praise) and not the idiom "you never know".
  a(
    either(
      `{you} ${ADVERB}(?:never|can never|could never|will never|don't ever|do not ever|can't ever|won't ever|never ever)`,
      `{youre} ${ADVERB}never`,
      `{you}(?:'ve| have|'d| had) ${ADVERB}never`,
    ),
    { unless: [neverUnkind, askingNotTelling, noNeedTo, admiringFrame] },
  ),
  // "Why can't you ever just listen?", "Why must you always…", "Why do you have to ruin everything?"
  a(
    either(
      "(?:can't|won't|don't|didn't|couldn't) {you} (?:ever|ever just|just for once|for once)",
      "why must {you}",
      "why (?:do|does) {you} (?:have|need|got) to (?:be|ruin|make|turn|start|bring|argue|spoil|criticise|criticize|complain|moan|nag|do this|do that|always|wreck|mess)",
    ),
    { unless: [positiveAround] },
  ),
  // "You moan about everything", "You criticise everything I do", "You find fault with everything".
  a(
    "{you} (?:always |just |constantly )?(?:moan|complain|whinge|whine|nag|fuss|argue|bitch|grumble|criticise|criticize|critici[sz]e|question|pick|find fault|kick off|overreact|sulk|shout|yell|get (?:upset|angry|stroppy|arsey|funny|weird)|make a fuss|make a big deal|have a go)(?:s|es|d|ed)? (?:about |with |over |at |on )?(?:everything|every little thing|anything|all the time)",
  ),
  // "Every. Single. Time.", "This happens every time we go to your parents'", "Same thing every
  // Christmas with your family".
  a(
    either(
      "every\\.? (?:single\\.? )?time(?= ?[.!?]*$)",
      "(?:this|it|that) (?:always )?happens every (?:single )?(?:time|day|week|weekend|christmas|year|holiday|visit)",
      "same (?:thing|story|old thing|old story|crap|nonsense|drama|argument|routine) every (?:single )?(?:time|day|week|weekend|christmas|year|holiday|visit|night|morning)",
    ),
    { only: [startsClauseLoose], unless: [positiveAround] },
  ),
  // "Not a single thank you in ten years", "Not one text all day".
  a("not (?:a single|one|once a|even a|one single) (?:thank you|thanks|sorry|apology|word|text|call|kiss|hug|compliment|question|penny)", {
    unless: [positiveAround, (m) => /^\s*of (?:this|it|that)\b/.test(m.after)],
  }),
  // "You literally do nothing around the house", "You've been late to literally everything".
  a(
    either(
      "{you} (?:literally |absolutely |basically |just )?(?:do|did|contribute|help with) (?:absolutely |literally )?(?:nothing|fuck all|sod all|bugger all|jack(?: shit)?|zero)(?! wrong| to deserve| bad)",
      "{you}(?:'ve| have)? been late (?:to|for) (?:literally |absolutely |pretty much )?(?:everything|every)",
    ),
    { unless: [negatedBefore, positiveAround] },
  ),
  // Rhetorical counting: "When was the last time you cooked?", "When have you ever planned a
  // holiday?", "Name one time…", "For the hundredth time…".
  a(
    either(
      "when was the last time {you}",
      "when (?:have|did|do) {you} ever",
      "name (?:one|a single) time",
      "for the (?:hundredth|thousandth|millionth|fiftieth|umpteenth|tenth|twentieth|hundred(?:th)? and \\w+) time",
    ),
    { unless: [positiveAround, (m) => /\blet (?:me|us) down\b/.test(m.after), (m) => /\bthank/.test(m.after)] },
  ),
  // "You'll never change": a verdict about the future too.
  a("{you}'ll never (?:change|learn|understand|get it|grow up|listen|be happy)"),
  // "Every (single) time you…". Not "Every time you hug me, I feel at home".
  a("every (?:single )?time {you}", { unless: [warmAround] }),
  // "Every single time we plan something, you cancel", "You're late every time we meet": "you"
  // is doing something in the sentence. Not "I think of you every time I hear it" (you are the
  // object), not "Every single time I've needed you, you've been there" (warm).
  a("every (?:single )?time", { only: [youAreSubject], unless: [warmAround] }),
  // "Every weekend it's the same: you sleep till noon", "Every conversation about money ends with
  // you sulking", "Literally every time I mention your sister you change the subject". Not "I miss
  // you every day" (you are the object) or "Every morning you bring me tea, and I love it" (warm).
  a(`(?:every|each) (?:single )?(?:${EVERY_NOUN})`, { only: [youAct], unless: [positiveAround, warmAfter, speakerFirst] }),
  // "Whenever we argue you just walk off". Not "Whenever you're ready" or "Whenever I see you, I smile".
  a("whenever", { only: [youAct], unless: [positiveAround, whenYouLike, speakerFirst] }),
  // "It's always about your job", "Everything is about you".
  a(
    either(
      "(?:it's|it is|everything(?:'s| is)|it's all|it is all) (?:always |all )?about {you}(?:rself)?(?! and (?:me|i|us)\\b)",
      "always about {your}",
      "always (?:has to be |got to be )?{your} way",
    ),
    { unless: [warmAround] },
  ),
  // "Same excuse every time", "another excuse", "the usual story".
  a("(?:same|another|yet another|always an?|always the same|the usual|typical) (?:old |tired |lame |bloody )?(?:excuses?|story|lies?|line|rubbish|crap|bs|bullshit|nonsense|song and dance)", {
    unless: [warmAround, aboutSelfOrOthers, apologising],
  }),
  // "You're late again.", "You forgot to lock the door again", "Again with the late nights", "Late
  // again." Not "You made me laugh again", "Could you say that again?", "You won again!".
  a(`{you}(?:'re|'ve|'d| are| were| have| had)? [^.!?\\n,;:]{1,60}?(?<flag>again)(?= ?(?:$|[.!]|,? (?:as|like) (?:usual|always)|,? (?:haven't|didn't|aren't|don't|isn't|won't|weren't|have|did|are) {you}))`, {
    only: [startsClause],
    unless: [warmAfter, warmWithin, askingNotTelling, success, positiveAround],
  }),
  a(either("again with (?:the|your|this|that)", "(?:late|drunk|wrong|hungover|forgotten|forgot|out|working late) again"), {
    only: [startsClause],
  }),
  // "As usual, you…", "…like always". Only when it is about them.
  a("as (?:always|usual|per usual)|per usual|like always|same as (?:always|ever)|yet again|once again", {
    only: [youInSentence],
    unless: [positiveAround, thanking],
  }),
  // "Nothing I do is ever good enough", "I can't do anything right".
  a(
    either(
      "nothing(?: i do| i say| i ever do)?(?: is|'s)? ever (?:good |right )?enough",
      "nothing i (?:do|say) is (?:ever )?(?:good enough|right|enough)",
      "i can(?:'t| never| not) (?:ever )?(?:do|say) anything right",
    ),
  ),
  // Questions that are verdicts: "Why does it always have to be on your terms?", "Why is it never
  // your turn?", "Who always ends up paying?", "Who ever does the washing?". Not "Why does it
  // always rain on our days off" (nobody named), "Who always makes me laugh? You do." (warm).
  a("why(?: is| does| do| must| has| can't| won't|'s) (?:it|this|that|everything|there) (?:always|never|ever)", {
    only: [aboutUsTwo],
    unless: [
      warmAfter,
      positiveAround,
      (m) => /^\s*(?:feels?|seems?) (?:so |this |that )?(?:easy|good|nice|natural|right|fun|lovely)\b/.test(m.after),
      // "Why is it always so hard for me to say sorry?": the speaker's own struggle.
      (m) => /^\s*(?:so |this |that )?(?:hard|difficult|easy|scary) for me\b/.test(m.after),
    ],
  }),
  a("who (?:always|ever|never|else ever)", { only: [startsClauseLoose, question], unless: [warmAfter, positiveAround] }),
  // "It's every bloody time we go out", "Every single weekend it's your mates": an intensified
  // count. Not "I think about you every single day" (the speaker's own).
  a("(?:it's|it is|that's|that is|this is|it happens|happens) every (?:single |bloody |damn |sodding |fucking |flipping |blooming )?time(?= ?(?:$|[.!?,]| with| we| i| {you}| when| that))", {
    only: [startsClauseLoose],
    unless: [positiveAround, warmAround],
  }),
  a(`every (?:single|bloody|damn|sodding|fucking|flipping|blooming) (?:${EVERY_NOUN})`, {
    only: [aimedAtYou],
    unless: [positiveAround, warmAfter, speakerFirst],
  }),
  // Exaggeration: "You take a million years to get ready", "I've asked you a thousand times". Not
  // "I love you a million times more".
  a("(?:a|like a|about a) (?:million|billion|zillion|gazillion|thousand|hundred) (?:years|times|hours|minutes|days)", {
    only: [aimedAtYou],
    unless: [positiveAround, warmAround],
  }),
  // "You forget everything I tell you", "You twist every word". Not "You question everything, I love that".
  a(
    "{you} (?:always |just |constantly )?(?:forget|forgot|ignore|ignored|twist|twisted|dismiss|dismissed|mock|mocked|interrupt|interrupted|correct|corrected|ruin|ruined|turn|turned|criticise|criticize|criticised|criticized) (?:everything|every (?:single )?(?:thing|word|time)|all of it)",
    { unless: [warmAround, positiveAround] },
  ),
  // "You haven't listened to a word I've said", "You didn't hear one word".
  a("{you} (?:haven't|have not|didn't|did not|don't|do not|never) (?:even |once |ever )?(?:listen(?:ed)?|hear(?:d)?) (?:to )?(?:a|one) (?:single )?word"),
  // "You haven't done the school run once this term".
  a(`{you} (?:haven't|have not|hasn't|didn't|did not)(?: ${WORD}){1,6} (?:once|one time|a single time)(?! or| in a while)`),
  // "It's the same every time", "It's always the same with you".
  a("(?:it's|it is) (?:always )?the same (?:thing |story |old story )?(?:every|with {you}|with {your}|again)"),
  // "It's always something with you", "There's always some drama with you".
  a("(?:it's|there's|there is|it is) always (?:something|some [\\p{L}-]+|an? [\\p{L}-]+)(?: [\\p{L}-]+)? with {you}", { unless: [positiveAround] }),
  // "The amount of times I've had to clean up after you", "Why is everything a battle with you?",
  // "You only think about sex".
  a(
    either(
      "the (?:amount|number) of times (?:i|i've|i have|i had|i'd|{you})",
      "(?:everything(?:'s| is| has to be| becomes| turns into)|is everything) (?:always )?(?:a|an|such a|such an) (?:[\\p{L}-]+ )?(?:battle|fight|struggle|drama|argument|war|negotiation|row|big deal|song and dance|performance) with {you}",
      "{you} only (?:ever )?(?:think|care|talk|worry) about",
    ),
    { unless: [warmAfter, positiveAround] },
  ),
  // "You only ever call when you want something", "The only time you text is when…".
  a(either("{you} only ever", "the only time {you}"), { unless: [warmAfter, positiveAround] }),
  // "Same thing every weekend with you", "With you it's always…": the pattern pinned on them.
  a(
    either(
      "(?:always|every (?:single )?(?:time|day|night|week|weekend)|same (?:thing|story|old)) with {you}",
      "with {you} it's always",
    ),
    { unless: [positiveAround] },
  ),
  // "Why is it always me who…", "I always have to remind you": the other side of "you never".
  a(
    either(
      "(?:it's|is it|it is) always (?:me|my|up to me|on me|{your} \\w+ (?:first|before))",
      "never me",
      "why (?:do|am|must) i always (?:have to|end up|get stuck|get left|be the one|get the blame)",
      "i always have to",
      "i (?:always|constantly|forever) (?:end up|get stuck|get left|get landed|seem to be the one)",
      `every (?:single )?(?:${EVERY_NOUN}) with {you}`,
      "i'm always the one",
      "i'm the one who always",
    ),
  ),
  // "You haven't asked me a single question", "You didn't say one single word": counting to zero.
  a(`{you} (?:haven't|have not|didn't|did not|never|don't|won't|can't)(?: ${WORD}){1,4} (?:a single|one single)`),
  // "You do this all the time / every time we…".
  a(
    "{you} (?:do|pull|say|did) (?:this|that|it) (?:(?:every|each) (?:single )?time|all the time|constantly|again and again|every day)",
  ),
  // "All you ever do is scroll", "All you care about is work". Not "All you ever do is make me smile".
  a("all {you} (?:ever )?(?:do|care about|think about|talk about|want)", { unless: [warmAfter] }),
  // "Not once have you offered", "Not a single time this month have you…", "You haven't once asked".
  a(
    either(
      `not (?:even )?(?:once|one time|a single time|one single time)(?: ${WORD}){0,4} (?:have|did|has|do) {you}`,
      "{you} (?:haven't|have not|didn't|did not|(?:'ve|have) not) (?:once|even once)",
    ),
    // Not "Not once have you made me feel small, and I love you for it".
    { unless: [warmAfter] },
  ),
  // "Can you just listen for once?": implies they never do. Only when the sentence is about them.
  a("for (?:once|a change)", { only: [aimedAtYou], unless: [positiveAround, (m) => /\b(?:treat yourself|you deserve|have a rest|put your feet up)\b/.test(`${m.before} ${m.after}`)] }),
  // "You keep forgetting…": a pattern named as a fault. Not "You keep making me laugh".
  a("{you} keep (?:on )?\\p{L}+ing", { unless: [warmAfter] }),
  // "You're on your phone all the time / constantly": a you-clause ending in a frequency.
  a(`{you}(?:'re| are)? [^,.!?;:\\n]{0,40}?(?<flag>${FREQUENCY})`, {
    only: [startsClause],
    unless: [warmWithin, warmAfter],
  }),
  // "You can't go one day without moaning", "You invariably pick a fight". Not "You can't go a day
  // without making me smile" (warm), "I can't go a day without thinking of you" (mine).
  a("{you} (?:can't|cannot|couldn't|could not|can never) (?:even )?(?:go|get through|last|manage|make it through|spend) (?:one|a single|a|an|even one|five|ten|two) (?:[\\p{L}-]+ ){0,2}without", {
    unless: [warmAfter, negatedBefore],
  }),
  a("{you} (?:invariably|inevitably|predictably|reliably|like clockwork)", { unless: [warmAfter, negatedBefore] }),
  // The same counting put first: "Year after year you promise…", "Without fail you're in a mood",
  // "Day in, day out, you leave me to…". Not "Day in, day out, you do the school run, thank you".
  a(`(?<flag>${FREQUENCY}),? {you}`, { only: [startsClause], unless: [warmWithin, warmAfter, (m) => /\bthank/.test(m.after)] }),
];
