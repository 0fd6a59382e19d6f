import type { FlagKind } from "./analyse";
import { heldOutSentences } from "./labelled-held-out";
import { plainEscalating, plainGentle, trickyEscalating, trickyGentle } from "./labelled-first-round";
import { secondRound, thirdRound } from "./labelled-later-rounds";

/**
 * Sentences written for this project: the kind of thing one partner types to the other while
 * repairing an everyday miscommunication (plans, chores, money, family, phones, lateness, the
 * tone of a message). Each is labelled by a person, not by the helper.
 *
 * They were written in rounds. The first round was written before any rule and tuned on. Each
 * later batch was written without looking at the results, measured on first sight as held out,
 * and only then tuned on (labelled-later-rounds.ts). The last batch (labelled-held-out.ts) has
 * never been tuned on, and `analyse.test.ts` reports it separately.
 */
export type { LabelledSentence } from "./labelling";
export { heldOutSentences, plainEscalating, plainGentle, secondRound, thirdRound, trickyEscalating, trickyGentle };

/** Every labelled sentence: the tuned rounds, then the held-out batch. */
export const labelledSentences: { text: string; escalating: boolean; kind?: FlagKind }[] = [
  ...plainEscalating,
  ...trickyEscalating,
  ...plainGentle,
  ...trickyGentle,
  ...secondRound,
  ...thirdRound,
  ...heldOutSentences,
];
