import { bench, describe } from "vitest";
import { analyse } from "../analyse";
import { labelledSentences } from "../labelled-sentences";

const analyseWithModel = (text: string) => analyse(text);

/**
 * The helper (with the statistical fallback, see model.ts) beside the rules alone, on the same
 * 2,000-character message as analyse.bench.ts, and on one long sentence the rules let through.
 * Run: cd /work/main && npx vitest bench --run --project unit apps/web/src/gentle
 */
const text = labelledSentences
  .map((s) => s.text)
  .join(" ")
  .slice(0, 2000);
let round = 0;
const fresh = (): string => text.replace(/([.!?])(\s)/g, (_, stop: string, space: string) => `${stop} ${round++}${space}`);

describe("2,000 characters, with the model behind the rules", () => {
  bench("rules alone, every sentence new", () => {
    analyse(fresh(), { model: false });
  });
  bench("with the model, every sentence new (a pasted message)", () => {
    analyseWithModel(fresh());
  });
  bench("with the model, one sentence changed (a keystroke)", () => {
    analyseWithModel(`${text} ${round++}`);
  });
  bench("with the model, one 20,000-character sentence the rules let through", () => {
    analyseWithModel(`${"we went to the shop and ".repeat(834)}${round++}`);
  });
});
