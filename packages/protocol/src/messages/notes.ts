import { z } from "zod";
import { refusalSchema } from "../errors.js";
import { textLimits } from "../options.js";
import { text } from "./text.js";

/** A coach's private note: stored per session, sent to observer seats only. */
export const observerNoteSchema = z.object({
  id: z.string(),
  sessionOrdinal: z.number().int().min(1),
  text: z.string(),
  at: z.number().int(),
});
export type ObserverNote = z.infer<typeof observerNoteSchema>;

/** A coach adds a note to the current session. */
export const observerNoteInputSchema = z.object({ text: text(textLimits.observerNote, "a note") });

export const noteAckSchema = z.union([z.object({ ok: z.literal(true), note: observerNoteSchema }), refusalSchema]);
export type NoteAck = z.infer<typeof noteAckSchema>;
