import type { FlagKind } from "./analyse";
import { heldOutSentences } from "./labelled-held-out";
import { heldOutTwo } from "./labelled-held-out-2";
import { heldOutThree } from "./labelled-held-out-3";
import { heldOutFour } from "./labelled-held-out-4";
import { heldOutFive } from "./labelled-held-out-5";
import { heldOutSix } from "./labelled-held-out-6";
import { heldOutSeven } from "./labelled-held-out-7";
import { heldOutEight } from "./labelled-held-out-8";
import { heldOutNine } from "./labelled-held-out-9";
import { heldOutTen } from "./labelled-held-out-10";
import { heldOutEleven } from "./labelled-held-out-11";
import { plainEscalating, plainGentle, trickyEscalating, trickyGentle } from "./labelled-first-round";
import { secondRound, thirdRound } from "./labelled-later-rounds";
import { trainingTwo } from "./labelled-training-2";
import { trainingThree } from "./labelled-training-3";
import { trainingFour } from "./labelled-training-4";
import { trainingFive } from "./labelled-training-5";
import { trainingSix } from "./labelled-training-6";
import { trainingSeven } from "./labelled-training-7";
import { trainingEight } from "./labelled-training-8";
import { trainingNine } from "./labelled-training-9";
import { trainingTen } from "./labelled-training-10";
import { trainingEleven } from "./labelled-training-11";
import { trainingTwelve } from "./labelled-training-12";
import { trainingThirteen } from "./labelled-training-13";
import { trainingFourteen } from "./labelled-training-14";
import { trainingFifteen } from "./labelled-training-15";
import { trainingSixteen } from "./labelled-training-16";
import { trainingSeventeen } from "./labelled-training-17";
import { trainingEighteen } from "./labelled-training-18";
import { trainingNineteen } from "./labelled-training-19";
import type { LabelledSentence } from "./labelling";

/**
 * Sentences written for this project: the kind of thing one partner types to the other while
 * repairing an everyday miscommunication (plans, chores, money, family, phones, lateness, sex,
 * kids, work, texting, the tone of a message). Each is labelled by a person, not by the helper.
 *
 * They were written in rounds, and each batch was scored on first sight before anything was tuned
 * on it (figures in README.md):
 * - tuned on: the first round, rounds two and three, the first held-out batch (tuned on in issue 6)
 *   and the issue-6 training batches two to twelve (`trainingSentences`);
 * - never tuned on: held-out batches two to nine (`heldOutBatches`). Batch two was written before
 *   the issue-6 rule changes; three and four after the rules of their time; five before the round
 *   of rule changes that followed training six (training seven was then written for the kinds it
 *   missed, so its figure now flatters); six after that round's rules were final; seven on those
 *   same rules, before the statistical fallback (model/) was started; eight after the fallback's
 *   first threshold was judged on four, six and seven, to judge a stricter one; nine before
 *   training twelve and its rules were written (its misses were not read); ten before any change
 *   of the round that followed nine (its misses were not read either); eleven after that round's
 *   rules, training batches thirteen to nineteen and retrained fallback were final.
 */
export type { LabelledSentence } from "./labelling";
export {
  heldOutEight,
  heldOutEleven,
  heldOutFive,
  heldOutFour,
  heldOutNine,
  heldOutSentences,
  heldOutSeven,
  heldOutSix,
  heldOutThree,
  heldOutTen,
  heldOutTwo,
  plainEscalating,
  plainGentle,
  secondRound,
  thirdRound,
  trainingEight,
  trainingEighteen,
  trainingEleven,
  trainingFifteen,
  trainingFive,
  trainingFour,
  trainingFourteen,
  trainingNine,
  trainingNineteen,
  trainingSeven,
  trainingSeventeen,
  trainingSix,
  trainingSixteen,
  trainingTen,
  trainingThirteen,
  trainingThree,
  trainingTwelve,
  trainingTwo,
  trickyEscalating,
  trickyGentle,
};

/** Everything the rules were tuned on. */
export const trainingSentences: LabelledSentence[] = [
  ...plainEscalating,
  ...trickyEscalating,
  ...plainGentle,
  ...trickyGentle,
  ...secondRound,
  ...thirdRound,
  ...heldOutSentences,
  ...trainingTwo,
  ...trainingThree,
  ...trainingFour,
  ...trainingFive,
  ...trainingSix,
  ...trainingSeven,
  ...trainingEight,
  ...trainingNine,
  ...trainingTen,
  ...trainingEleven,
  ...trainingTwelve,
  ...trainingThirteen,
  ...trainingFourteen,
  ...trainingFifteen,
  ...trainingSixteen,
  ...trainingSeventeen,
  ...trainingEighteen,
  ...trainingNineteen,
];

/**
 * Batches never tuned on, by name. `clean` marks those whose misses were never looked at to write
 * rules or training sentences: held-out two and five had training batches written for the kinds
 * they missed, and held-out three's errors were read in a precision sweep, so their figures now
 * flatter the helper.
 */
export const heldOutBatches: { name: string; clean: boolean; sentences: readonly LabelledSentence[] }[] = [
  { name: "held-out 2", clean: false, sentences: heldOutTwo },
  { name: "held-out 3", clean: false, sentences: heldOutThree },
  { name: "held-out 4", clean: true, sentences: heldOutFour },
  { name: "held-out 5", clean: false, sentences: heldOutFive },
  { name: "held-out 6", clean: true, sentences: heldOutSix },
  { name: "held-out 7", clean: true, sentences: heldOutSeven },
  { name: "held-out 8", clean: true, sentences: heldOutEight },
  { name: "held-out 9", clean: true, sentences: heldOutNine },
  { name: "held-out 10", clean: true, sentences: heldOutTen },
  { name: "held-out 11", clean: true, sentences: heldOutEleven },
];

/** Every labelled sentence. */
export const labelledSentences: { text: string; escalating: boolean; kind?: FlagKind }[] = [
  ...trainingSentences,
  ...heldOutBatches.flatMap((batch) => batch.sentences),
];
