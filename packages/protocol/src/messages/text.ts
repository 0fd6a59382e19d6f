import { z } from "zod";
import { isSealed, parseSealed, sealedFits, splitJoined } from "../sealing/envelope.js";

/**
 * What a person's text may hold, once, for every message: valid Unicode (no lone UTF-16
 * surrogate, which no database can store), no control characters but newline and tab (a
 * NUL ends a string in Postgres), something visible, and composed the one way (NFC) so the
 * same words always compare and count the same. Line ends from any system arrive as "\n".
 */
const lineEnds = /\r\n?/g;
const loneSurrogate = /\p{Surrogate}/u;
const controlCharacter = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;
/** Spaces, zero-width and other default-ignorable characters, marks with nothing to sit on, the blank braille cell. */
const invisible = /[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{M}\u2800]/gu;

/** Whether a person would see anything of this text. */
export function hasVisibleText(s: string): boolean {
  return s.replace(invisible, "") !== "";
}

/** Why this text can't be kept, or null when it can (before trimming and composing). */
export function unacceptableText(s: string): "brokenCharacter" | "controlCharacter" | null {
  if (loneSurrogate.test(s)) return "brokenCharacter";
  if (controlCharacter.test(s)) return "controlCharacter";
  return null;
}

/**
 * Words sealed on the device (sealing/envelope.ts) pass as they are: the device checked them
 * before sealing, and the server can check only that the seal is well formed and not too long.
 */
function personString(what: string) {
  return z
    .string({ error: `Please write ${what.charAt(0).toLowerCase()}${what.slice(1)}.` })
    .overwrite((s) => (isSealed(s) ? s : s.replace(lineEnds, "\n")))
    .refine((s) => !isSealed(s) || parseSealed(s) !== null, {
      error: `${capitalise(what)} arrived sealed in a form this server does not know. Please reload the page and send it again.`,
      abort: true,
    })
    .refine((s) => !loneSurrogate.test(s), {
      error: `${capitalise(what)} has a broken character in it (often from copying). Please retype that part.`,
      abort: true,
    })
    .refine((s) => !controlCharacter.test(s), {
      error: `${capitalise(what)} has an invisible control character in it (often from copying). Please retype that part.`,
      abort: true,
    })
    .trim()
    .normalize("NFC");
}

/** A person's text: acceptable (above), trimmed, something visible, at most `max` characters. */
export function text(max: number, what: string) {
  return personString(what)
    .refine(hasVisibleText, { error: `Please write ${what}.`, abort: true })
    .superRefine(atMost(max, `${capitalise(what)} can be at most ${max} characters.`));
}

/**
 * Text a person may leave empty: acceptable, trimmed, at most `max` characters, "" when absent
 * or nothing visible. `joined`: it may also hold lines the room joined from sealed words (the
 * points still unclear, `joinSealed`).
 */
export function optionalText(max: number, what: string, { joined = false } = {}) {
  return personString(what)
    .overwrite((s) => (hasVisibleText(s) ? s : ""))
    .superRefine(atMost(max, `${capitalise(what)} can be at most ${max} characters.`, joined))
    .default("");
}

/** The most lines the room joins: one per point left unclear, far more than a session has. */
const joinedLinesMax = 20;

/** Words as an event or a recap keeps them: plain (a room from before sealing) or sealed, at most `max` characters. */
export function storedText(max: number) {
  return z.string().superRefine(atMost(max, `At most ${max} characters.`));
}

/** At most `max` characters, or a seal that could hold no more: "too long", as a plain string's `max` says it. */
function atMost(max: number, message: string, joined = false) {
  return (s: string, ctx: z.RefinementCtx) => {
    if (isSealed(s) ? sealedFits(s, max) : s.length <= max) return;
    // Lines the room joined from sealed words, where they may stand: a few, each part within the limit.
    const lines = joined ? splitJoined(s) : null;
    if (lines && lines.length <= joinedLinesMax && lines.every((line) => line.every((part) => sealedFits(part, max)))) return;
    ctx.addIssue({ code: "too_big", origin: "string", maximum: max, inclusive: true, input: s, message });
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
