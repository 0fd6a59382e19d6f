import type { Schema } from "../../src/parse.js";
import { intentSchema } from "../../src/intents.js";
import { createRoomSchema } from "../../src/messages/create-room.js";
import { observerNoteInputSchema } from "../../src/messages/notes.js";
import { deleteRoomSchema } from "../../src/room-admin.js";

/** One well-formed example of every message a person's words travel in. */
export const examples: [Schema, Record<string, unknown>][] = [
  [createRoomSchema, { topic: "The dishes", partnerA: { name: "Sam" }, partnerB: { name: "Alex" } }],
  [deleteRoomSchema, { confirmTopic: "The dishes" }],
  [observerNoteInputSchema, { text: "They listened well." }],
  [intentSchema, { actionId: "action-01", type: "lobby.setTopic", content: { topic: "The dishes" } }],
  [intentSchema, { actionId: "action-01", type: "lobby.setName", content: { name: "Sam" } }],
  [intentSchema, { actionId: "action-01", type: "checkIn.submit", content: { feelings: [{ feeling: "hurt", intensity: 5 }], note: "tired" } }],
  [intentSchema, { actionId: "action-01", type: "share.state", content: { happened: "You left", felt: "hurt", needed: "a call" } }],
  [intentSchema, { actionId: "action-01", type: "share.reflect", content: { heard: "I left", feeling: "hurt" } }],
  [intentSchema, { actionId: "action-01", type: "share.confirm", verdict: "notQuite", content: { clarification: "It was the call" } }],
  [intentSchema, { actionId: "action-01", type: "intentions.submit", content: { intended: "to help", impact: "you felt alone", action: "ask first" } }],
  [intentSchema, { actionId: "action-01", type: "intentions.acknowledge", content: { choice: null, words: "Thank you" } }],
  [
    intentSchema,
    {
      actionId: "action-01",
      type: "agreements.edit",
      baseVersion: 1,
      content: { agreedTrue: "We both care", unclear: "When", nextSteps: [{ who: "both", what: "Walk", byWhen: "2026-12-01" }], practice: "Pause" },
    },
  ],
  [intentSchema, { actionId: "action-01", type: "agreements.appreciate", content: { text: "You stayed" } }],
  [intentSchema, { actionId: "action-01", type: "review.appreciate", content: { text: "You called" } }],
];

/** Every path to a string a person wrote in `value` (ids, types and dates are not a person's words). */
export function textPaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value === "string") return ["actionId", "type", "verdict", "who", "byWhen", "feeling"].includes(path.at(-1) ?? "") ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => textPaths(v, [...path, String(i)]));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => textPaths(v, [...path, k]));
  return [];
}

