import { bench, describe } from "vitest";
import { analyse } from "./analyse";
import { labelledSentences } from "./labelled-sentences";

/**
 * How long the helper takes on a 2,000-character message, beside a floor measured in the same
 * run (lower-casing and splitting the same text: about the least any reader of it could do).
 * Run: cd /work/main && npx vitest bench --run --project unit apps/web/src/gentle
 * Not a test: nothing here asserts a time.
 */
const text = labelledSentences
  .map((s) => s.text)
  .join(" ")
  .slice(0, 2000);
// Every sentence numbered differently, so none is in the helper's sentence memory.
let round = 0;
const fresh = (): string => text.replace(/([.!?])(\s)/g, (_, stop: string, space: string) => `${stop} ${round++}${space}`);

describe("2,000 characters, about 40 flags", () => {
  bench("floor: lower-case and split the same text", () => {
    fresh().toLowerCase().split(/\s+/);
  });
  bench("analyse, every sentence new (a pasted message)", () => {
    analyse(fresh());
  });
  bench("analyse, one sentence changed (a keystroke)", () => {
    analyse(`${text} ${round++}`);
  });
});
