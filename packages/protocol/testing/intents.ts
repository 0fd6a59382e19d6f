import type { IntentDraft } from "../src/intents.js";
import type { FeelingId } from "../src/feelings.js";
import type { PartnerRole } from "../src/roles.js";

/**
 * One set of intent builders for every test that acts in a room (the engine's, the server's
 * and the browser suite's), so a change to a message's shape is made once.
 */
export const checkIn = (feeling: FeelingId = "hurt", note = "", intensity = 6) =>
  ({ type: "checkIn.submit", content: { feelings: [{ feeling, intensity }], note } }) satisfies IntentDraft;

export const statement = (happened: string, felt = "hurt", needed = "to be asked first") =>
  ({ type: "share.state", content: { happened, felt, needed } }) satisfies IntentDraft;

export const reflection = (heard: string, feeling = "you felt hurt") => ({ type: "share.reflect", content: { heard, feeling } }) satisfies IntentDraft;

export const thatsIt = { type: "share.confirm", verdict: "yes" } satisfies IntentDraft;

export const notQuite = (clarification = "not that") =>
  ({ type: "share.confirm", verdict: "notQuite", content: { clarification } }) satisfies IntentDraft;

export const intention = (intended = "to help", impact = "you felt alone", action = "I will ask first") =>
  ({ type: "intentions.submit", content: { intended, impact, action } }) satisfies IntentDraft;

export const acknowledge = (words = "", choice: "heardIntent" | "thanksForImpact" | "stepHelps" | null = "heardIntent") =>
  ({ type: "intentions.acknowledge", content: { choice, words } }) satisfies IntentDraft;

export const approve = (version: number) => ({ type: "agreements.approve", version }) satisfies IntentDraft;

export const partners = ["partnerA", "partnerB"] as const satisfies readonly PartnerRole[];

export const otherOf = (p: PartnerRole): PartnerRole => (p === "partnerA" ? "partnerB" : "partnerA");
