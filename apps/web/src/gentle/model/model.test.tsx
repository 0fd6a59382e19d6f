import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HintItem } from "../../room/gentle-hint";
import { analyse } from "../analyse";
import { hintText } from "../hint";
import { doubled, readable } from "../hint-check";
import { heldOutBatches, labelledSentences, trainingSentences } from "../labelled-sentences";
import { fingerprint } from "../train/batches";
import { modelRead } from "./model";
import { MODEL } from "./weights";

/**
 * The statistical fallback behind the rules (model.ts; README.md, "A statistical fallback"): trained
 * on the training sentences as they are, small, safe on any input, its flags reading once like the
 * rules'. How well the helper does with it is printed by analyse.test.ts.
 */

const analyseWithModel = (text: string) => analyse(text);
const rulesAlone = (text: string) => analyse(text, { model: false });

describe("the statistical fallback", () => {
  it("was trained on the training sentences as they are now (else: retrain, see train/train.ts)", () => {
    expect(MODEL.trainedOn).toBe(fingerprint(trainingSentences));
    const heldOut = new Set(heldOutBatches.flatMap((b) => b.sentences.map((s) => s.text)));
    expect(trainingSentences.filter((s) => heldOut.has(s.text))).toEqual([]);
  });

  it("is small: its weights are tens of kilobytes of source", () => {
    const file = readFileSync(fileURLToPath(new URL("./weights.ts", import.meta.url)), "utf8");
    expect(file.length).toBeLessThan(60_000);
  });

  it("leaves the recommended form alone: “I felt … when you …”", () => {
    for (const text of [
      "I felt hurt when you left the party early.",
      "I feel invisible when you scroll through dinner.",
      "I felt really let down when you forgot to call.",
      "When you walked off, I felt alone and scared.",
      "I get anxious when you go quiet, and I'd like us to talk.",
      "I felt embarrassed when you joked about my job in front of everyone.",
    ]) {
      expect(analyseWithModel(text), text).toEqual([]);
    }
  });

  it("puts every flag on the words as written, in order, and each reads once under the text box", () => {
    let seen = 0;
    for (const { text } of labelledSentences) {
      let reach = 0;
      const flags = analyseWithModel(text);
      const fromModel = flags.filter((f) => !rulesAlone(text).some((r) => r.start === f.start && r.end === f.end));
      for (const flag of flags) {
        expect(text.slice(flag.start, flag.end), text).toBe(flag.phrase);
        expect(flag.start, text).toBeGreaterThanOrEqual(reach);
        expect(flag.end).toBeGreaterThan(flag.start);
        reach = flag.end;
      }
      for (const flag of fromModel) {
        const line = readable(renderToStaticMarkup(<HintItem flag={flag} />));
        expect(line).toBe(hintText(flag));
        expect(doubled(line, flag), `${text} → ${line}`).toEqual([]);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(15);
  }, 60_000);

  it("is safe and quick on long and odd input", () => {
    const inputs = [
      "a".repeat(100_000),
      "you ".repeat(5000),
      "? ".repeat(10_000),
      "you never, ".repeat(2000),
      "'''\"\"\"((()))—–…\u0000\uD800 you",
      "Sorry. Again. Thank you. Ok.",
    ];
    for (const text of inputs) {
      const started = performance.now();
      expect(() => analyseWithModel(text)).not.toThrow();
      expect(performance.now() - started, text.slice(0, 20)).toBeLessThan(1000);
    }
    expect(analyseWithModel("a".repeat(100_000))).toEqual([]);
    expect(modelRead("sorry.")).toBeUndefined();
  });
});
