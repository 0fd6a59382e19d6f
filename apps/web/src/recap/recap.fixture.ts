import { storedRecapSchema, type ObserverNote, type StoredRecap } from "@repair-room/protocol";

/** 22 November 2026, 14:00 in Paris (13:00 UTC): minutes into the session from here. */
export const opened = Date.UTC(2026, 10, 22, 13, 0);
const minute = 60_000;
const at = (minutes: number) => opened + minutes * minute;

/** The unit tests' clock: British English, Paris time, whatever the machine running them uses. */
export const parisClock = { locale: "en-GB", timeZone: "Europe/Paris" } as const;

/** A first session with a bit of everything: an unclear round, a pause, a break, private check-in words. */
export const storedRecap: StoredRecap = storedRecapSchema.parse({
  recapVersion: 1,
  topic: "What I said at dinner",
  names: { partnerA: "Sam", partnerB: "Alex" },
  ordinal: 1,
  kind: "first",
  format: "full",
  openedAt: opened,
  closedAt: at(95),
  review: null,
  checkIns: {
    partnerA: { feelings: [{ feeling: "hurt", intensity: 7 }, { feeling: "hopeful", intensity: 5 }], note: "My stomach is in knots" },
    partnerB: { feelings: [{ feeling: "worried", intensity: 6 }], note: "" },
  },
  rounds: [
    {
      speaker: "partnerB",
      statement: { happened: "At dinner I made a joke about your family", felt: "embarrassed", needed: "" },
      attempts: [
        { reflection: { heard: "You joked", feeling: "happy" }, verdict: "notQuite", clarification: "I felt embarrassed" },
        { reflection: { heard: "You joked about my family", feeling: "embarrassed" }, verdict: "yes", clarification: null },
      ],
      outcome: "understood",
    },
    {
      speaker: "partnerA",
      statement: { happened: "I felt small in front of everyone", felt: "small", needed: "a look from you" },
      attempts: [1, 2, 3].map((n) => ({
        reflection: { heard: `Try ${n}`, feeling: "sad" },
        verdict: "notQuite",
        clarification: "Not that",
      })),
      outcome: "unclear",
    },
  ],
  intentions: {
    partnerA: { intended: "A calm evening", impact: "My going quiet felt like a punishment", action: "Say when I need a moment" },
    partnerB: { intended: "To make everyone laugh", impact: "It made you the joke", action: "Ask before joking about your family" },
  },
  acknowledgements: {
    partnerA: { choice: "stepHelps", words: "" },
    partnerB: { choice: null, words: "I hadn't seen how quiet you went. Thank you for telling me." },
  },
  agreements: {
    agreedTrue: "We both wanted a good evening.\nNeither of us meant to hurt the other.",
    unclear: "Sam: I felt small in front of everyone",
    nextSteps: [
      { who: "both", what: "Talk about the next family dinner", byWhen: "2026-11-29" },
      { who: "partnerB", what: "Ask before joking about Sam's family", byWhen: "2026-12-24" },
    ],
    practice: "Either of us can say 'pause' at dinner",
  },
  appreciations: { partnerA: "You listened twice until you got it", partnerB: null },
  approvedVersion: 4,
  pauses: [{ by: "observer", at: at(30), minutes: 2, endedAt: at(33) }],
  breaks: [{ kind: "stopped", at: at(50), resumedAt: at(75) }],
  timeline: [
    { seq: 2, at: opened, text: "The session began." },
    { seq: 40, at: at(95), text: "Both approved the recap. The session is closed." },
  ],
});

export const coachNotes: ObserverNote[] = [{ id: "n1", sessionOrdinal: 1, text: "Alex softened after the pause.", at: at(40) }];
