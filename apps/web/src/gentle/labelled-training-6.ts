/**
 * Training batch six: everyday sentences written as an outside check after held-out four and
 * the rules of that time (70 written; 19 repeated older labelled sentences word for word and
 * are left out: 23 escalating and 28 gentle remain). First sight on these 51: 20 of 23
 * escalating caught, no gentle one flagged (precision 1.00, recall 0.87). The three misses
 * ("You clearly don't care.", "You made this whole mess.", "Nice job ruining dinner.") were
 * then covered by kinds of phrasing, so this batch is training now, not held out.
 */
import { esc, gentle, type LabelledSentence } from "./labelling";

export const trainingSix: LabelledSentence[] = [
  esc("absolute", "Why are you always so dramatic?"),
  esc("contempt", "You clearly don't care."),
  esc("contempt", "That's rich coming from you."),
  esc("blame", "You ruin everything."),
  esc("label", "You're acting like a child."),
  esc("dismissal", "Get a grip."),
  esc("contempt", "Nobody asked for your opinion."),
  esc("label", "You're such a hypocrite."),
  esc("label", "Honestly, you're useless with money."),
  esc("label", "You're being ridiculous."),
  esc("blame", "You made this whole mess."),
  esc("absolute", "It's always about you, isn't it?"),
  esc("label", "You can't do anything right."),
  esc("absolute", "Shut up and listen for once."),
  esc("absolute", "Of course you forgot, you always do."),
  esc("label", "You're just like your mother."),
  esc("dismissal", "Get over yourself."),
  esc("blame", "Nice job ruining dinner."),
  esc("absolute", "You ALWAYS do this."),
  esc("label", "You don't care about me at all."),
  esc("label", "You're a terrible partner."),
  esc("absolute", "Every time I need you, you disappear."),
  esc("dismissal", "Oh please, spare me."),
  gentle("I felt hurt when you left without saying goodbye."),
  gentle("I'd like us to plan the weekend together."),
  gentle("Can we talk about the money tonight?"),
  gentle("I always feel calmer after we walk."),
  gentle("Thank you for picking up the kids."),
  gentle("I was scared when you didn't answer."),
  gentle("I need a few minutes before I reply."),
  gentle("You're right, I didn't listen well."),
  gentle("I'm sorry I raised my voice."),
  gentle("When you said 'whatever', I felt brushed off."),
  gentle("It matters to me that we eat together."),
  gentle("I never meant to make you feel small."),
  gentle("You've been so patient with me this week."),
  gentle("Could you tell me what you needed then?"),
  gentle("I felt alone at the party."),
  gentle("I get anxious when plans change last minute."),
  gentle("You always make me laugh when I'm low."),
  gentle("I'd love it if you asked me first."),
  gentle("I'm not blaming you; I want to understand."),
  gentle("I was wrong about the tickets."),
  gentle("I miss how we used to talk."),
  gentle("I didn't feel heard in that moment."),
  gentle("It's not your fault the car broke."),
  gentle("I appreciate you trying."),
  gentle("I wish I had said something sooner."),
  gentle("I feel stuck and I don't know what to do."),
  gentle("We both wanted a calm evening."),
  gentle("I'm tired, and I think that made me short with you."),
];
