// A table, not logic: one line per phrasing of blame with its reason and context checks
// (see README.md, "How it works"). It is long because the kind has many shapes; splitting it
// would only scatter one table across files.
import { negatedBefore, positiveAround, startsClause, warmAfter, warmAround, type MatchContext } from "./context";
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
  /^\s*(?:couldn't|could not|didn't|did not|wouldn't|would not|refused|insisted|forgot|had to|decided|just had to|never|can't|won't|let them|always let|keep|spoil|spoilt|spoiled|don't|do not|always|got (?:drunk|angry|arsey|stroppy|lost|us lost|funny|jealous)|were (?:late|drunk|rude|on (?:your|ur) phone)|shouted|yelled|lost|lied|left|walked off|kicked off|started|picked a fight)\b/;
/** "The evening went wrong because…": what came before is a bad outcome. */
const FAILURE =
  /\b(?:wrong|late|ruined|missed|lost|broke|broken|overdrawn|cancell?ed|fight\w*|argu\w*|awful|terrible|mess|disaster|worse|stuck|skint|screwed|rows?|upset|cry\w*|cried|hates?|fired|sacked|debt|embarrass\w*|humiliat\w*|nobody|no one|redo|wasted|waiting|waited|kicked out|asked to leave|problem|cancel\w*|had to (?:leave|go home|go|cancel|pay|apologi[sz]e))\b/;
/** "…, we got lost": a bad outcome follows. */
const badOutcome = (m: MatchContext): boolean => FAILURE.test(m.after) || /\b(?:can't|couldn't|won't|never|no longer)\b/.test(m.after);
const refusalOrFailure = (m: MatchContext): boolean => REFUSAL.test(m.after) || FAILURE.test(m.before);
/** "I felt hurt because you…": the speaker's own feeling comes first. */
const feelingFirst = (m: MatchContext): boolean =>
  /\bi(?:'m| am| was| felt| feel| got| get)\b/.test(m.before) && !/\bbecause of\b/.test(m.matched);

/** "I spent it without asking you": the speaker did it. */
const speakerFirstAnywhere = (m: MatchContext): boolean => /^\s*i\b/.test(m.before) || /^\s*i\b/.test(m.norm);
/** "It's you that I want": the speaker comes next. */
const speakerNext = (m: MatchContext): boolean => /^\s*(?:i|i've|i'd|i'm|i'll)\b/.test(m.after);

/** Things of theirs a mess can be traced to: "thanks to your lies", "down to your drinking". */
const FAULT_NOUNS =
  "mouth|gob|drinking|spending|gambling|temper|moods?|nagging|lateness|sulking|forgetfulness|stubbornness|pride|ego|attitude|lies|lying|cheating|laziness|selfishness|stupidity|carelessness|jealousy|antics|stunts?|tantrums?|incompetence|negativity|behaviou?r|excuses|meddling|interfering";

/** What a choice is "down to you" about: "It's down to you where we go". */
const choiceAfter = (m: MatchContext): boolean =>
  /^\s*(?:now|to (?:decide|choose|pick|say)|where|which|what|whether|if|when|who|how)\b/.test(m.after);
/** A bad result or a charge in the rest of the sentence: "It's your attitude that ruins every holiday". */
const chargeAfter = (m: MatchContext): boolean =>
  FAILURE.test(m.after) ||
  /\b(?:problem|issue|ruin\w*|wreck\w*|spoil\w*|cost\w*|caus\w*|got us|gets us|landed us|put us|reason|fault|why we|to blame|kills?|killed|stress\w*|drives? me|making me|made me|makes me)\b/.test(m.after);
/** "If you'd asked, I wouldn't have minded": not a loss. */
const mindOrCare = (m: MatchContext): boolean => /\b(?:mind|minded|care|cared)\b/.test(m.after);
/** What was lost, after "if you'd…": "…we wouldn't be lost", "…we'd be there by now". */
const lostOutcome = (m: MatchContext): boolean =>
  /\b(?:wouldn't|would not|'d not|would never|'d never|we'd be|we would be|it'd be|it would be|we'd still|i'd still|by now|on time|in this mess|none of this)\b/.test(m.after);

/** Reactions someone may pin on the other person: "I only yelled because you…". */
const REACTION =
  "(?:yelled|snapped|shouted|screamed|swore|lied|left|walked out|lost it|lost my temper|got angry|got upset|said that|did that|hung up|cried)";

export const blameRules: readonly Rule[] = [
  // "You made me late", "You make me so angry". Not "You made me laugh" (warm) or "You made me a
  // coffee" (a thing they did for you).
  b("{you}(?:'ve| have|'re| are)? (?:made|make|makes|making|keep making|been making) me", {
    why: "“{phrase}” hands them responsibility for your feelings, which is hard to hear without defending.",
    unless: [warmAfter, madeMeSomething],
  }),
  // "It's your fault", "This is all your doing". Not "It's not your fault", "I never said it was your fault".
  b("{your} (?:fault|doing)", { unless: [negatedBefore] }),
  // "Because of you", "Thanks to you". Not "I'm smiling because of you", "Thanks to you, it went well".
  b(
    either(
      "{because} of {you}",
      "{because} of {your}",
      "{because} of (?:how|what|the way|the things|all the things) {you}",
      "all because {you}",
    ),
    { unless: [warmAround] },
  ),
  // "Thanks to you, we missed the train". Not "Thanks to you, I finally slept".
  b("thanks to {you}", { only: [badOutcome], unless: [positiveAround] }),
  // Text speak and the other thanks: "thx to u i have to redo the form", "cheers to you, we're late".
  b("(?:thx|thnx|thnks|ty) to {you}", { unless: [positiveAround] }),
  // Knowing looks: "we both know who was driving", "you know exactly why", "it's on your head".
  b(
    either(
      "(?:we|you) both know (?:who|whose|where|why|what)",
      "{you} know (?:exactly|full well|perfectly well) (?:why|what|who|whose)",
      "(?:it's|it is|that's|that is|it'll be|it will be) on {your} (?:head|conscience)",
      "on {your} head be it",
    ),
    { unless: [positiveAround, negatedBefore] },
  ),
  // "Thanks to your texting, we got lost". Not "Thanks to your reminder, I paid the bill on time".
  b("thanks to {your}", { only: [badOutcome], unless: [positiveAround] }),
  b(
    `thanks to {your} (?:big )?(?:${FAULT_NOUNS}|phone|gaming|texting|driving|mother|mum|mom|family|mates|friends)`,
    { unless: [positiveAround] },
  ),
  // "We're overdrawn because you couldn't wait", "The evening went wrong because you sulked": a bad
  // outcome or a refusal traced to them. Not "I know you did it because you were tired"
  // (understanding) and not "I felt hurt because you didn't call" (an I-statement).
  b("because {you}", { only: [refusalOrFailure], unless: [understanding, feelingFirst] }),
  // "You ruined the weekend", "You've wrecked my birthday". "You spoil me" is a kindness, so spoil
  // counts only when "me" does not follow.
  b(
    either(
      "{you}(?:'ve| have)? (?:ruin\\w*|wreck\\w*|spoil\\w*(?! me\\b)|destroy\\w*|screw\\w* (?:up|everything)|mess\\w* (?:up|everything))",
      // "You blew our savings", "You've cocked it up again".
      "{you}(?:'ve| have)? (?:blew|blown|mucked|cocked|fucked|stuffed|botched|bodged|buggered|bungled) (?:it|this|that|up|everything|our|my|the|us|all)",
      // "You caused this", "You turned the kids against me".
      "{you}(?:'ve| have)? (?:caused|created|provoked) (?:this|it|that|all|the whole|this whole|everything)",
      "{you}(?:'ve| have)? (?:turned|set|poisoned) (?:[\\p{L}'-]+ ){1,4}against",
    ),
    { unless: [negatedBefore] },
  ),
  // "You've made this so much worse", "Your lateness cost us the table": damage traced to them.
  b(
    either(
      "{you}(?:'ve| have|'re| are)? (?:made|make|makes|making) (?:this|it|things|everything|that|life|my life|it all) (?:so much |even |a lot |way |ten times |so |really |impossibly |ridiculously )?(?:worse|harder|hard|awkward|difficult|complicated|stressful|miserable|unbearable|impossible|a mess|weird|tense|uncomfortable)",
      "{your} [\\p{L}-]+ (?:cost|ruined|wrecked|spoiled|spoilt|killed|caused)",
    ),
    { unless: [negatedBefore] },
  ),
  // "Your drinking is why we never go out", "Your mum is the problem". Not "Your patience is why
  // the kids adore you".
  b("{your} (?:[\\p{L}'-]+ ){1,2}(?:(?:that|which) ?)?(?:is|was|are|were|'s) (?:why|the reason|the problem|to blame|the cause|the real problem|the whole problem|the issue)", {
    unless: [negatedBefore, positiveAround],
  }),
  // "Blame yourself", "You only have yourself to blame".
  b(
    either(
      "blame yourself",
      "yourself to blame",
      "{your} own fault",
      "brought (?:this|it) on yourself",
      "no(?: ?one|body) to blame but (?:yourself|{you})",
      // "Your mess, you sort it", "Clean up your own mess".
      "{your} (?:own )?(?:mess|screw-? ?up|cock-? ?up|balls-? ?up)",
    ),
  ),
  // "That's down to you", "The row was all down to your drinking". Not "It's down to you where we
  // go" (a choice), "It's down to you that the party went so well" (warm), "It wasn't down to you".
  b("down to (?:{you}|{your})", { unless: [negatedBefore, positiveAround, warmAround, choiceAfter] }),
  // "It's your attitude that ruins every holiday", "It's your spending that's got us here": a
  // cleft that pins the charge on something of theirs. Not "It's your smile that got me".
  b("(?:it's|it is|it was|it's all|it is all) {your} (?:[\\p{L}'-]+ ){1,2}?(?:that|which)", {
    only: [chargeAfter],
    unless: [negatedBefore, positiveAround, warmAfter],
  }),
  // The past rewritten as their fault: "If you'd bothered to ring me…", "If you'd listened to me
  // we wouldn't be lost", "Had you checked the map we'd be there by now". Not "If you'd told me
  // you were tired I'd have cooked", "If you'd rather stay in, that's fine", "Had I known…".
  b("if {you}(?:'d| had) (?:even |just |actually |only )?(?:bothered|cared|listened|paid attention)", { unless: [positiveAround] }),
  b("if {you}(?:'d| had)(?! (?:like|rather|prefer|want|love|care|asked|said)\\b)", { only: [lostOutcome], unless: [positiveAround, mindOrCare] }),
  b("had {you}", { only: [startsClause, lostOutcome], unless: [positiveAround, mindOrCare] }),
  // "You're the reason we fight", "You're why we never save". Not "You're the reason I look forward to coming home".
  b("{youre} (?:the (?:reason|problem|one who|one that)|to blame|why)", { unless: [warmAfter, negatedBefore] }),
  // "You started this", "Look what you did", "You did this".
  b(
    either(
      "{you} started (?:it|this|that|all this|the (?:argument|fight|row|whole thing))",
      "look (?:at )?what {you}(?:'ve| have)? (?:did|done|made)",
      "see what {you}(?:'ve| have)? (?:did|done)",
      "{you} did this",
    ),
  ),
  // "That's on you". Not "That's on me", not "That's not on you".
  b("(?:that|this|it)(?:'s| is| was) (?:all )?on {you}", {
    unless: [negatedBefore, (m) => /\b(?:pay|paid|round|drinks|dinner|bill|treat|your turn|tab|lunch)\b/.test(m.after)],
  }),
  // "If you hadn't spent so much…", "if you'd just answered": the past rewritten as their fault.
  b(
    either(
      "if {you}(?:'d| had) (?:just|only)(?! (?:let|tell|call|text|send|give|come|ask|pick|grab|bring|check|say)\\b[^.!?]*\\b(?:i'll|we can|we could|that would|it would)\\b)",
      "if {you} (?:hadn't|had not|would just|'d have just|would only)",
      "if only {you}(?:'d| had)",
      // "If you weren't so tight with money…", "If you didn't always leave it to the last minute…".
      "if {you} (?:weren't|were not|wasn't|was not|didn't|did not) (?:always|so|such|constantly|being)",
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
  // "You drive me mad", "You get on my nerves", "You're doing my head in", "You humiliated me".
  b(
    either(
      "{you}(?:'re| are)? (?:drive|drives|driving|drove) me (?:mad|crazy|insane|nuts|up the wall|round the bend|round the twist|to drink|mental|bonkers|to distraction|away)",
      "{you}(?:'re| are)? (?:get|gets|getting|got) on my (?:last )?(?:nerves?|wick|tits)",
      "{you}(?:'re| are)? (?:doing|do|did) my head in",
      "{you} (?:wind|winds|wound|piss|pisses|pissed|hack|hacked|tick|ticked|cheese|cheesed) me (?:off|up)",
      "{you} (?:annoy|irritate|disgust|sicken|bore|repulse|infuriate|exhaust|depress|frustrate|embarrass|humiliate)(?:s|d|ed)? me",
      "{youre} (?:embarrassing|humiliating|annoying|irritating|boring|exhausting|suffocating|smothering) me",
      "{you}(?:'ve| have)? (?:humiliated|embarrassed|belittled|mocked|insulted|disrespected|undermined|betrayed|used|manipulated|gaslit|gaslighted|lied to|cheated on|shown me up|made a fool of) me",
    ),
    { unless: [negatedBefore, positiveAround] },
  ),
  // "You forced me to lie", "You left me no choice", "You put me in this position". Not "You drive
  // me to work".
  b(
    either(
      "{you} (?:forced|pushed|force|push) me (?:to|into)",
      "{you} (?:drove|drive) me (?:to (?:this|it|drink|despair|the edge|madness|tears|distraction)|into)",
      "{you} (?:left|gave|give|leave) me no (?:choice|option)",
      "{you} put me in (?:this|that|a|an|such a|such an)(?: [\\p{L}-]+){0,2} (?:position|situation|spot|place)",
    ),
  ),
  // "You made the kids cry", "You got us into this mess", "You spent all our savings".
  b(
    either(
      "{you}(?:'ve| have)? (?:made|make|makes|making) (?:the kids|the children|the baby|him|her|them|everyone|everybody|us|my (?:mum|mom|mother|dad|father|sister|brother|friends?|nan|gran|kids|son|daughter)|{your} (?:mum|mom|mother|dad|sister|brother|kids)) (?:so |really |even more )?(?:cry|upset|angry|late|miserable|uncomfortable|sad|leave|worry|hate|scared|nervous|sick|ill|embarrassed|ashamed)",
      "{you}(?:'ve| have)? (?:got|gotten|dragged|landed|put) (?:us|me) (?:into|in) (?:this|that|a|such a)",
      "{you}(?:'ve| have)? (?:got|gotten) (?:us|me) (?:kicked out|thrown out|banned|fired|sacked|arrested|in trouble|into trouble|told off|evicted|blacklisted|uninvited)",
      "{you}(?:'ve| have)? (?:spent|blew|blown|wasted|gambled|lost|taken|took|used|sold|given away|gave away) (?:all |half |most )?(?:of )?(?:our|my|the) (?:savings|money|wages|salary|rent|deposit|holiday money|inheritance|pension)",
      "(?:without (?:asking|telling|checking with|consulting)(?: (?:me|us|first))?|behind my back)",
    ),
    { unless: [negatedBefore, positiveAround, speakerFirstAnywhere] },
  ),
  // "We wouldn't be arguing if you'd told the truth". Not "I wouldn't mind if you came too".
  b("(?:wouldn't|would not|wouldn't have|would never|would never have) (?:[\\p{L}'-]+ ){0,4}if {you}(?:'d| had| would| did| were)?", {
    unless: [positiveAround, (m) => /\b(?:mind|care)\b/.test(m.matched)],
  }),
  // "You've cost us the deposit", "You made a mess of the budget", "You chose your friends over me",
  // "Whose fault is that?", "That's what happens when you don't listen", "Don't blame me for your…".
  b(
    either(
      "{you}(?:'ve| have)? cost (?:us|me)",
      "{you}(?:'ve| have)? made a (?:mess|hash|pig's ear|dog's dinner|balls-? ?up|cock-? ?up) of",
      "{you} (?:chose|picked|put|choose|pick|always put|always choose) (?:[\\p{L}'-]+ ){1,3}(?:over|before|ahead of) (?:me|us|{your} family|the kids|our)",
      "whose fault (?:is|was) (?:that|this|it)",
      "(?:that's|this is|that is) what happens when {you}",
      "{your} own (?:stupid |bloody |damn )?fault",
      "don't blame me for {your}",
      "none of this would(?: have|'ve)? happened if {you}",
      "{you} caused (?:a|this|that|such a) (?:scene|fuss|row|fight|mess|problem|drama)",
      // "You made this whole mess", "You've made such a mess of things".
      "{you}(?:'ve| have)? made (?:this|that|such a|a total|a complete|a right) (?:whole |big |huge )?mess",
    ),
    { unless: [negatedBefore, positiveAround] },
  ),
  // "You treat me like dirt", "You talk to me like I'm stupid".
  b(
    "{you} (?:treat|treated|treats|talk to|talked to|speak to|spoke to|look at|looked at) me like (?:dirt|shit|crap|garbage|rubbish|(?:a|an) (?:child|kid|servant|maid|slave|idiot|doormat|dog|skivvy|stranger|piece of|moron|employee|nobody)|i'm (?:stupid|an idiot|nothing|a child|dirt|thick|dumb|a kid))",
  ),
  // "Do you have any idea how embarrassing that was?", "You've done enough damage", "If you loved me
  // you'd stop", "Not my fault you can't manage money".
  b(
    either(
      "(?:do|did) {you} (?:even )?(?:have|realise|realize|know) (?:any idea |the slightest idea |)how (?:\\p{L}+ )?(?:embarrass\\w*|humiliat\\w*|hurt\\w*|awful|terrible|stupid|bad|rude|selfish|exhausting|degrading|insulting|upsetting|disrespectful|much (?:that|it|you) hurt)",
      "(?:done|caused) enough (?:damage|harm|trouble)",
      "if {you} (?:really |actually |truly )?(?:loved|cared about|cared for|respected|valued) me",
      "(?:it's |that's |it is |that is )?not my fault {you}",
    ),
    { unless: [positiveAround] },
  ),
  // "Thanks for making me feel like crap", "This is exactly why nobody likes coming round", "You've
  // got a real talent for ruining things", "If it was up to you we'd never see my family", "Maybe
  // if you tried listening we wouldn't be here".
  b(
    either(
      "thanks for making me (?:feel|look)",
      "(?:talent|gift|knack|flair) for (?:ruin|wreck|spoil|mess|screw|upset|embarrass|annoy|hurt|humiliat|winding|pissing|starting)\\w*",
      "if it (?:was|were|'d been|had been) (?:up to|down to|left to) {you}",
      "(?:maybe|perhaps),? (?<flag>if {you})",
    ),
    { unless: [positiveAround, (m) => /\bif\b/.test(m.matched) && !/\b(?:wouldn't|would not|'d never|would never|we'd|i'd|never|not be|wouldn't be|still)\b/.test(m.after)] },
  ),
  b("(?:this|that)(?: is|'s) (?:exactly |precisely |literally |just )?why (?:i|we|nobody|no one|people|everyone|everybody|the kids|your|my)", {
    only: [(m) => /\b(?:don't|do not|can't|cannot|never|nobody|no one|won't|hate|avoid|stopped|gave up|didn't|doesn't|no longer|not)\b/.test(`${m.matched} ${m.after}`)],
    unless: [warmAround, positiveAround, (m) => /^\s*(?:i|we)\b/.test(m.after) && /\b(?:sorry|my fault|on me)\b/.test(m.after)],
  }),
  // "You made us miss the start", "You upset my mum", "You scared the kids with your shouting",
  // "Your temper is ruining this family". Not "You made us laugh", "You surprised my mum".
  b(
    either(
      "{you}(?:'ve| have)? (?:made|make|makes) (?:us|everyone|everybody|the (?:kids|children|baby)|my (?:mum|mom|dad|sister|brother|friends?|parents|family)) (?:miss|lose|wait|leave|look|late|pay|cancel|walk|panic|feel (?:awful|terrible|bad|stupid|small|unwelcome|awkward))",
      "{you}(?:'ve| have)? (?:upset|scared|frightened|terrified|hurt|embarrassed|humiliated|insulted|offended|ignored|abandoned|disappointed|worried|shamed|belittled|traumati[sz]ed) (?:the (?:kids|children|baby|dog)|my (?:[\\p{L}-]+)|{your} (?:[\\p{L}-]+)|everyone|everybody|us|her|him|them)",
      "{your} [\\p{L}-]+ (?:is|are|was|were|'s|has been|have been) (?:ruining|wrecking|destroying|killing|spoiling|tearing apart|breaking|poisoning)",
    ),
    {
      unless: [
        negatedBefore,
        positiveAround,
        (m) => /\bsorry\b/.test(m.after) && !/\b(?:didn't|did not|never|without|no|not once|not even)(?: even)?(?: say(?:ing)?| a)? sorry\b/.test(m.after),
      ],
    },
  ),
  // "It's you who made this weird". Not "It's you that I love".
  b("(?:it's|it is|it was) {you} (?:who|that)", { unless: [warmAfter, speakerNext] }),
  // "You let me down again", "You've let the kids down". Not "You never let me down".
  b("{you}(?:'ve| have)? let (?:me|us|everyone|everybody|the (?:kids|family|team)|them|him|her|{your} [\\p{L}-]+) down", {
    unless: [negatedBefore],
  }),
  // "After everything you've put me through", "How could you do that?" Not "How could you have known?"
  b(
    either(
      "after (?:everything|all|what) {you}(?:'ve| have)? (?:did|done|put me through|said)(?! for (?:me|us))",
      "how could {you}(?! (?:(?:possibly|have|ever|ever have|possibly have) )?(?:known|know|tell|guess|have known|foresee))",
    ),
    { unless: [positiveAround] },
  ),
  // "So that's another weekend ruined", "Well, that's my birthday wrecked": a loss laid at their
  // door. Not "That's the picnic ruined, the forecast says rain" (no one to blame).
  b("(?:that's|there's|that is|there goes) (?:another|the|my|our|the whole|yet another) (?:[\\p{L}'-]+ )?(?:weekend|evening|night|holiday|birthday|christmas|day|dinner|date|anniversary|party|trip|morning|afternoon|sunday|saturday|friday|meal|break|surprise|plan|plans) (?:ruined|wrecked|spoilt|spoiled|wasted|down the drain|up in smoke|gone|over)", {
    unless: [(m) => /\b(?:rain\w*|weather|forecast|traffic|train|flight|strike|boss|work|ill|sick|flu|covid|i|i'm|my fault|sorry)\b/.test(`${m.before} ${m.after}`)],
  }),
];
