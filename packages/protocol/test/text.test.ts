import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { intentSchema } from "../src/intents.js";
import { createRoomSchema } from "../src/messages/create-room.js";
import { observerNoteInputSchema } from "../src/messages/notes.js";
import { text } from "../src/messages/text.js";
import { parseOrRefuse } from "../src/parse.js";
import { examples, textPaths } from "./support/worded-messages.js";
import { deleteRoomSchema } from "../src/room-admin.js";

function withText(value: Record<string, unknown>, path: string[], s: string): Record<string, unknown> {
  const copy = structuredClone(value);
  let at: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[path.at(-1)!] = s;
  return copy;
}

const hostile = {
  nul: "before\u0000after",
  "lone high surrogate": "word \uD800",
  "lone low surrogate": "\uDC00 word",
  bell: "ring\u0007",
  escape: "\u001B[31mred",
  "C1 control": "next\u0085line",
  delete: "del\u007F",
};
const invisibleOnly = ["\u200B\u200B", "\u200D", "\uFEFF", "\u3164", "\u2800", " \u00AD ", "\u0301", "\u2066\u2069", "\uFE0F"];

describe("one definition of acceptable text, in every message", () => {
  it("the examples are accepted as they are", () => {
    for (const [schema, example] of examples) expect(parseOrRefuse(schema, example)).toMatchObject({ ok: true });
  });

  for (const [name, s] of Object.entries(hostile)) {
    it(`refuses ${name} in every text field, naming the field`, () => {
      let fields = 0;
      for (const [schema, example] of examples) {
        for (const path of textPaths(example)) {
          const answer = parseOrRefuse(schema, withText(example, path, s));
          expect(answer, path.join(".")).toMatchObject({ ok: false, code: "invalid_input", field: path.join(".") });
          expect((answer as { message: string }).message).toMatch(/character/);
          fields++;
        }
      }
      expect(fields).toBeGreaterThanOrEqual(20);
    });
  }

  it("takes text with nothing visible as no text: refused where words are needed, empty where they are optional", () => {
    const name = (s: string) => parseOrRefuse(createRoomSchema, { topic: "Dishes", partnerA: { name: s }, partnerB: { name: "Alex" } });
    for (const s of invisibleOnly) {
      expect(name(s), JSON.stringify(s)).toMatchObject({ ok: false, code: "invalid_input", field: "partnerA.name", message: expect.stringMatching(/Please write/) });
      const checkIn = parseOrRefuse(intentSchema, { actionId: "action-01", type: "checkIn.submit", content: { feelings: [{ feeling: "hurt", intensity: 5 }], note: s } });
      expect(checkIn).toMatchObject({ ok: true, value: { content: { note: "" } } });
    }
  });

  it("keeps newlines and tabs, makes every line end a newline, and composes to NFC", () => {
    const parsed = parseOrRefuse(observerNoteInputSchema, { text: "line one\r\nline\ttwo\rthree Cafe\u0301" });
    expect(parsed).toEqual({ ok: true, value: { text: "line one\nline\ttwo\nthree Caf\u00E9" } });
  });

  it("counts length after composing", () => {
    const tenDecomposed = "e\u0301".repeat(10);
    expect(text(10, "a word").safeParse(tenDecomposed).success).toBe(true);
  });

  it("whatever it accepts is well-formed, control-free, visible, trimmed and NFC", () => {
    const schema = text(200, "a note");
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (s) => {
        const result = schema.safeParse(s);
        if (!result.success) return;
        const out = result.data;
        expect(out).not.toMatch(/\p{Surrogate}/u);
        expect(out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
        expect(out).toBe(out.normalize("NFC"));
        expect(out).toBe(out.trim());
        expect(out.replace(/[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{M}\u2800]/gu, "")).not.toBe("");
      }),
      { numRuns: 1_000 },
    );
  }, 30_000);
});
