/**
 * Word lists shared by the rule tables. Kept here so that adding a word is a one-line change
 * and the tables stay readable. Everything is lower case; multi-word entries use single spaces
 * (`phrase()` lets them match any run of white space).
 */

/** Adjectives that sum a person up: "you're so selfish". Not "sensitive"/"dramatic" (see dismissal). */
export const LABEL_ADJECTIVES = [
  "selfish", "lazy", "crazy", "useless", "pathetic", "stupid", "dumb", "ridiculous", "impossible",
  "unbearable", "insane", "childish", "immature", "controlling", "clingy", "needy", "heartless",
  "cruel", "toxic", "manipulative", "hopeless", "irresponsible", "inconsiderate", "rude", "mean",
  "fake", "delusional", "obsessed", "obsessive", "psycho", "nuts", "unreasonable", "spoil(?:ed|t)",
  "cheap", "stingy", "greedy", "petty", "jealous", "insecure", "arrogant", "annoying", "exhausting",
  "boring", "worthless", "incompetent", "clueless", "careless", "thoughtless", "ungrateful",
  "self-?cent(?:red|ered)", "self-?absorbed", "entitled", "difficult", "unbelievable", "disgusting",
  "vain", "bossy", "passive-? ?aggressive", "ignorant", "spineless", "unhinged", "mental", "nasty",
  "sneaky", "dishonest", "untrustworthy", "unreliable", "flaky", "two-faced", "judg(?:e)?mental",
  "condescending", "patroni[sz]ing", "lame", "weak", "a joke", "the worst", "cold-? ?hearted", "snobby", "snobbish",
  "thick", "dense", "gormless", "brainless", "witless", "disrespectful", "hurtful", "smug", "shady", "callous",
  "unfeeling", "tight-? ?fisted", "tight with (?:money|cash)", "mean with (?:money|cash)", "pig-? ?headed",
  "bloody-? ?minded", "hot-? ?headed", "short-? ?tempered", "whiny", "whingy", "whingey", "moany", "naggy",
  "demanding", "pushy", "overbearing", "domineering", "suffocating", "smothering", "draining", "high-? ?maintenance",
  "hard work", "shallow", "superficial", "materialistic", "self-? ?obsessed", "self-? ?righteous", "sanctimonious",
  "holier-? ?than-? ?thou", "preachy", "deranged", "bonkers", "moody", "sulky", "irrational", "lazy", "predictable",
  "daft", "unreal", "emotionally (?:stunted|unavailable|illiterate|constipated|cold|immature|abusive)", "two-? ?faced", "spiteful",
] as const;

/** Superlatives of the adjectives above: "you are the laziest person I know". */
export const LABEL_SUPERLATIVES = [
  "laziest", "stupidest", "dumbest", "meanest", "rudest", "cheapest", "stingiest", "greediest",
  "pettiest", "worst", "most (?:selfish|inconsiderate|annoying|irresponsible|immature|childish|controlling|difficult|unreasonable|arrogant|ungrateful|thoughtless|useless|boring|exhausting|manipulative|self-?cent(?:red|ered))",
] as const;

/** Nouns that sum a person up: "you're such a child", "you are a liar". */
export const LABEL_NOUNS = [
  "liar", "idiot", "moron", "jerk", "child", "baby", "narcissist", "slob", "mess", "nightmare",
  "loser", "hypocrite", "control freak", "drama queen", "snob", "bully", "brat", "cheapskate",
  "pushover", "coward", "failure", "disappointment", "disaster", "psycho", "nag", "toddler",
  "teenager", "diva", "martyr", "sociopath", "psychopath", "creep", "fool", "clown", "bitch",
  "dick", "asshole", "arsehole", "prick", "imbecile", "waste of space", "piece of work",
  "basket case", "know-? ?it-? ?all", "liability", "doormat", "ice queen", "man-? ?child", "tyrant",
  "embarrassment", "disgrace", "burden", "pain(?: in the (?:arse|ass|neck|backside|butt))?", "headache",
  "(?:train )?wreck", "laughing stock", "waste of (?:my |our )?(?:space|time|oxygen|air|money|life)", "big kid", "man-? ?baby",
  "(?:mummy's|mommy's|mama's) boy", "snowflake", "dictator", "smart-? ?(?:arse|ass)", "show-? ?off", "bighead",
  "attention seeker", "sheep", "joke", "victim", "hard work", "let-? ?down", "broken record", "child",
  "piece of (?:shit|crap|garbage|trash|rubbish|dirt|work)", "wet blanket", "killjoy", "party pooper", "sad sack", "drama llama",
] as const;

/**
 * Nouns that work as a name-call on their own ("you idiot", "what an idiot"). Narrower than
 * LABEL_NOUNS because words like "mess", "nag" or "nightmare" also describe a situation or act.
 */
export const NAME_CALLS = [
  "liar", "idiot", "moron", "jerk", "loser", "hypocrite", "snob", "brat", "coward", "psycho",
  "fool", "bitch", "dick", "asshole", "arsehole", "prick", "imbecile", "creep", "narcissist",
  "slob", "cheapskate", "drama queen", "control freak", "child", "baby",
  // Everyday British and American insults.
  "muppet", "numpty", "pillock", "plonker", "wally", "git", "twit", "prat", "tosser", "wanker", "dickhead",
  "knobhead", "knob", "bellend", "dumbass", "jackass", "dipshit", "douche(?:bag)?", "scumbag", "bastard", "cow",
  "pig", "cretin", "halfwit", "dimwit", "nitwit", "dunce", "clown", "buffoon", "oaf", "nutter", "nutcase", "weirdo",
  "freak", "wimp", "wuss", "cry-? ?baby", "cheat(?:er)?", "fraud", "snake", "rat", "parasite", "leech", "freeloader",
  "deadbeat", "slacker", "layabout", "tightwad", "skinflint", "scrooge", "diva", "sociopath", "psychopath", "lunatic",
  "maniac", "twat", "shithead", "tight-? ?arse", "tightass", "tight-? ?wad", "fuckwit", "fuckhead", "dumbo", "airhead", "space cadet", "bully", "tyrant", "brute",
  "hypocrite", "martyr", "liar",
] as const;

/**
 * Softeners and intensifiers that may sit between "you're" and the label without changing it:
 * "you're honestly the most inconsiderate…", "you're being so selfish", "you're like a child".
 */
export const LABEL_FILLERS = [
  "so", "such", "a", "an", "really", "just", "being", "acting", "behaving", "sounding", "getting",
  "becoming", "honestly", "literally", "actually", "completely", "totally", "truly", "the most",
  "the biggest", "absolute", "complete", "total", "utter", "real", "always", "kind of", "kinda",
  "pretty", "very", "too", "extremely", "incredibly", "unbelievably", "seriously", "genuinely",
  "utterly", "absolutely", "fucking", "bloody", "damn", "like", "a little", "a bit", "quite",
  "rather", "super", "sometimes", "even", "also", "still", "clearly", "obviously", "basically",
  "simply", "massively", "ridiculously",
  "right", "proper", "massive", "huge", "big", "bit of", "freaking", "frigging", "flipping", "effing", "f\\*+ing",
  "bleeding", "sodding", "damned", "goddamn", "downright", "plain", "beyond", "so very",
  "emotionally", "morally", "financially", "socially", "this", "that", "nothing but", "no more than", "just another",
] as const;

/** Ways of saying what someone is or was: "you're", "you were being", "you sound", "you act". */
export const YOU_ARE = [
  "{youre}", "{you} (?:were|sound|sounded|seem|seemed|act|acted|behave|behaved|become|became|get|got)",
  "{you}'ve (?:been|become|got|gotten)", "{you}'re getting", "{you} look(?:ed|s)? like",
] as const;

/** Feelings talked down: "you're overreacting", "you're being dramatic", "you're too sensitive". */
export const TALKED_DOWN = [
  "overreacting", "over-reacting", "overthinking(?: it| this| things)?", "over-thinking",
  "(?:too|so|over-?|hyper-?) ?sensitive", "hysterical", "dramatic", "emotional", "paranoid",
  "irrational", "overdramati[sz]ing", "imagining things", "being silly", "worked up",
  "blowing (?:this|it|things|everything) (?:way )?(?:out of proportion|up)",
  "making (?:a|such a) (?:big )?(?:deal|fuss|scene|drama|thing)(?: out of (?:this|it|nothing))?",
  "reading (?:way |far )?(?:too much|so much) into", "making a mountain",
  "making (?:way |far )?(?:too much|so much|a lot) (?:of|out of) (?:this|it|that|nothing)", "stressing",
  "freaking out", "panicking",
  "making (?:this|it|everything) about {you}(?:rself)?",
  "extra", "touchy", "precious", "highly strung", "(?:so |too |such a )?snowflake", "soft",
  "making (?:something|a lot|a thing|drama|it|a fuss|a big deal) out of nothing",
] as const;

// ---- Words the context checks look for (see context.ts) ------------------------------------

/** Words that make an absolute or a "you made me" warm: "You always make me laugh". */
export const WARM_WORDS = [
  "laugh\\w*", "smil\\w*", "happ(?:y|ier|iest)", "safer?", "loved?", "loving", "special", "better", "best",
  "kind(?:er|est)?", "sweet", "thoughtful", "grateful", "thankful", "proud", "calm(?:er)?", "warm", "patient",
  "generous", "lucky", "beautiful", "wonderful", "amazing", "lovely", "fun", "hugs?", "cheer\\w*", "comfort\\w*",
  "support\\w*", "helped", "there for", "there when(?:ever)? i need", "my back", "on my side", "on your side", "heard", "cared for", "at home",
  "at ease", "welcome", "appreciated?", "means? a lot", "meant a lot", "looks? out for", "remember(?:ed|s)?",
  "brighten\\w*", "strong(?:er)?", "braver?", "hopeful", "glad", "enjoy\\w*", "adore", "sane", "right thing",
  "gentle", "look forward", "know how to", "know just", "know what to say", "surprise me", "forgive",
  "understand me", "get me", "treat(?:ed)? me", "been there", "admire", "respect", "first to apologi[sz]e",
  "look(?:s|ed|ing)? after", "show(?:s|ed)? up for", "adventure", "make time for", "made time for", "makes? my day", "made my day", "favou?rite", "right about", "taught me", "know (?:just )?what i need", "in the best way", "in a good way", "gorgeous", "adorable",
  "cute", "handsome", "sleepyhead", "sweetheart", "darling", "blush\\w*", "(?:went|go|goes|turned out|worked out) (?:\\w+ )?(?:well|great|brilliantly)",
] as const;

/** Words that keep it a complaint even so: "You always remember when it suits you". */
export const SOUR_WORDS = [
  "late", "phone", "forg[eo]t\\w*", "ignor\\w*", "excuses?", "blam\\w*", "complain\\w*", "interrupt\\w*", "mess",
  "wrong", "yell\\w*", "shout\\w*", "sulk\\w*", "critici[sz]\\w*", "nag\\w*", "moan\\w*", "argu\\w*", "fight\\w*",
  "last word", "be right", "suits you", "yourself", "leave me", "walk away", "get out of", "change the subject",
  "turn it", "make it about", "only when", "except", "stupid", "small", "guilty", "bad", "worse", "worst", "awful",
  "terrible", "angry", "upset", "mad", "cry", "sad", "alone", "ashamed", "embarrassed", "useless", "hate",
  "sick of", "tired of", "fed up", "money", "spend\\w*", "ruin\\w*", "wreck\\w*", "spoil\\w*",
] as const;

/**
 * What can follow "you never" and make it praise: "You never judge me", "You never give up on
 * us". Also the idiom "you never know".
 */
export const NEVER_UNKIND = [
  "judge\\w*", "give up", "gave up", "fail\\w*", "let (?:me|us) down", "complain\\w*", "critici[sz]\\w*", "doubt\\w*",
  "hold (?:it|that|anything) against", "(?:make|made) me feel (?:small|stupid|bad|guilty|silly|judged|alone)",
  "raise\\w* your voice", "miss\\w* (?:a|my|our|one)", "stop (?:trying|caring|showing up|surprising)", "hurt\\w* me",
  "leave me (?:alone|out|behind)", "boring", "rude", "mean", "unkind", "forget(?!\\s+to)", "know(?:\\s*$|\\s*[,.!?]|\\s+what might)",
] as const;

/** Negations. Contractions are whole words ("don't", "dont"), so "front" never counts. */
export const NEGATORS = [
  "\\w+n't", "dont", "doesnt", "didnt", "isnt", "wasnt", "arent", "werent", "wont", "cant", "cannot", "couldnt",
  "wouldnt", "shouldnt", "havent", "hasnt", "aint", "not", "never", "no one", "nobody", "none", "hardly", "nothing to do with",
] as const;

/** Negations that do not take back what follows: "I can't believe you're so selfish". */
export const NOT_A_TAKE_BACK = [
  "(?:can'?t|cannot|could ?n'?t) (?:believe|stand)", "(?:do|did|can|wo) ?n'?t even", "don'?t know (?:why|how)",
  "not (?:fair|okay|ok|right|normal|cool|funny|acceptable)",
] as const;

/** Verbs of saying: a phrase right after one is being reported, not said. */
export const REPORTING_VERBS = [
  "said", "say", "says", "saying", "told me", "tell me", "tells me", "telling me", "called me", "called you",
  "call you", "calling you", "the words?", "wrote", "texted", "typed", "asked me", "heard you say",
] as const;

/** Words that may come before a command without changing who it is aimed at: "Oh, just relax". */
export const COMMAND_FILLERS = [
  "oh", "ok", "okay", "just", "please", "now", "look", "listen", "hey", "honestly", "seriously", "so", "well",
  "ugh", "god", "omg", "jeez", "man", "mate", "babe", "baby", "love", "hun", "honey", "dude", "fine", "yeah", "yes",
  "alright", "right", "and", "but", "then", "already", "come on", "for god's sake", "simply", "lol",
] as const;

/** Ways of telling the other person to do something: "you need to", "can you", "why don't you". */
export const TELLING = [
  "\\b(?:you|u) (?:need|have|got|ought) to", "\\b(?:you|u) (?:should|must|gotta)",
  "\\b(?:can|could|will|would|won'?t|can'?t) (?:you|u)", "\\bwhy (?:don'?t|can'?t|won'?t) (?:you|u)", "^try to",
  "^time to", "^learn to",
] as const;

/** Signs the speaker is talking about themselves or a third person: "I feel like such an idiot". */
export const SELF_OR_THIRD = [
  "i", "i'm", "im", "i've", "me", "my", "myself", "he", "she", "they", "he's", "she's", "they're", "his", "her",
  "their", "boss", "sister", "brother", "mum", "mom", "dad",
] as const;
