import * as L from "../labelled-sentences";
import type { LabelledSentence } from "../labelling";
import { hash } from "../model/features";

/** The training batches, as they were written (see labelled-sentences.ts). */
export const trainingBatches: [name: string, sentences: readonly LabelledSentence[]][] = [
  ["first round", [...L.plainEscalating, ...L.trickyEscalating, ...L.plainGentle, ...L.trickyGentle]],
  ["second round", L.secondRound],
  ["third round", L.thirdRound],
  ["held-out one (tuned on)", L.heldOutSentences],
  ["training two", L.trainingTwo],
  ["training three", L.trainingThree],
  ["training four", L.trainingFour],
  ["training five", L.trainingFive],
  ["training six", L.trainingSix],
  ["training seven", L.trainingSeven],
  ["training eight", L.trainingEight],
  ["training nine", L.trainingNine],
  ["training ten", L.trainingTen],
  ["training eleven", L.trainingEleven],
  ["training twelve", L.trainingTwelve],
  ["training thirteen", L.trainingThirteen],
  ["training fourteen", L.trainingFourteen],
  ["training fifteen", L.trainingFifteen],
  ["training sixteen", L.trainingSixteen],
  ["training seventeen", L.trainingSeventeen],
  ["training eighteen", L.trainingEighteen],
  ["training nineteen", L.trainingNineteen],
];

/** A fingerprint of the training sentences and labels: weights.ts records the one it was trained on. */
export function fingerprint(sentences: readonly LabelledSentence[]): string {
  return hash(sentences.map((s) => `${s.escalating ? 1 : 0}${s.kind ?? ""}\t${s.text}`).join("\n")).toString(16).padStart(8, "0");
}

