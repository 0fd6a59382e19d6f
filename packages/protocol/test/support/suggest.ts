import type { IntentDraft } from "../../src/intents.js";
import { otherPartner, type PartnerRole } from "../../src/roles.js";
import type { RoomState } from "../../src/state.js";
import { acknowledge, checkIn, intention, reflection, statement } from "../../testing/intents.js";

type Input = IntentDraft;

/**
 * An intent that makes sense now, so random runs get through whole sessions: most often the
 * step this partner would take next, otherwise any plausible intent of the phase.
 */
export function suggest(state: RoomState, actor: PartnerRole, n: number): { actor: PartnerRole; input: Input } {
  if (n % 10 < 7) {
    for (const who of [actor, otherPartner(actor)]) {
      const next = nextStep(state, who, n);
      if (next) return { actor: who, input: next };
    }
  }
  const options = plausible(state, actor, n);
  return { actor, input: options[n % Math.max(1, options.length)] ?? { type: "lobby.ready" } };
}

function nextStep(state: RoomState, actor: PartnerRole, n: number): Input | null {
  const s = state.session;
  if (!s) return null;
  if (s.away) return { type: "session.return" };
  if (s.pause) return { type: "pause.ready" };
  switch (s.phase) {
    case "lobby":
      return { type: "lobby.ready" };
    case "review": {
      const item = s.marks[actor].indexOf(null);
      return item >= 0 ? { type: "review.mark", item, mark: "kept" } : { type: "review.done" };
    }
    case "checkIn":
      return checkIn("hurt", `secret note ${actor} ${n}`);
    case "share": {
      const speaking = s.round.speaker === actor;
      if (s.round.step === "stating") {
        return s.spoken.partnerA && s.spoken.partnerB && n % 3 > 0 ? { type: "share.moveOn" } : speaking ? statement(`statement ${n}`) : null;
      }
      if (s.round.step === "reflecting") return speaking ? null : reflection(`reflection ${n}`);
      return speaking
        ? n % 3 === 0
          ? { type: "share.confirm", verdict: "notQuite", content: { clarification: "not that" } }
          : { type: "share.confirm", verdict: "yes" }
        : null;
    }
    case "intentions":
      if (s.written[actor] === null) return intention();
      return s.written.partnerA !== null && s.written.partnerB !== null && s.acknowledged[actor] === null ? acknowledge() : null;
    case "agreements":
      return { type: "agreements.approve", version: s.draft.version };
    case "closed":
      return { type: "session.openFollowUp", format: n % 3 === 0 ? "checkInOnly" : "full" };
  }
}

function plausible(state: RoomState, actor: PartnerRole, n: number): Input[] {
  const s = state.session;
  if (!s) return [];
  if (s.away) return [{ type: "session.return" }];
  if (s.pause) return [{ type: "pause.ready" }];
  switch (s.phase) {
    case "lobby":
      return [
        { type: "lobby.ready" },
        { type: "lobby.ready" },
        { type: "lobby.firstSpeaker", speaker: n % 2 ? "partnerA" : "partnerB" },
        { type: "lobby.setName", content: { name: `Name ${n % 5}` } },
        { type: "lobby.format", format: n % 2 ? "full" : "checkInOnly" },
      ];
    case "review":
      return [
        ...s.items.map((_, item) => ({ type: "review.mark" as const, item, mark: (["kept", "partly", "notYet"] as const)[n % 3]! })),
        { type: "review.appreciate", content: { text: "thank you" } },
        { type: "review.done" },
      ];
    case "checkIn":
      return [checkIn((["hurt", "calm", "anxious"] as const)[n % 3], `secret note ${actor} ${n}`)];
    case "share":
      return [
        statement(`statement ${n}`),
        reflection(`reflection ${n}`),
        { type: "share.confirm", verdict: "yes" },
        { type: "share.confirm", verdict: "notQuite", content: { clarification: "not that" } },
        { type: "share.moveOn" },
      ];
    case "intentions":
      return [intention(), acknowledge("I hear you", null), acknowledge()];
    case "agreements":
      return [
        {
          type: "agreements.edit",
          baseVersion: n % 4 === 0 ? Math.max(1, s.draft.version - 1) : s.draft.version,
          content: { agreedTrue: `true ${n}`, unclear: "", nextSteps: [{ who: "both", what: "walk", byWhen: "2026-12-01" }], practice: "" },
        },
        { type: "agreements.appreciate", content: { text: `thanks ${n}` } },
        { type: "agreements.approve", version: s.draft.version },
        { type: "agreements.approve", version: s.draft.version },
      ];
    case "closed":
      return [{ type: "session.openFollowUp", format: n % 3 === 0 ? "checkInOnly" : "full" }];
  }
}

/** Shapes no client should send. */
export const malformed: unknown[] = [
  {},
  "lobby.ready",
  { type: "no.such.intent" },
  { type: "checkIn.submit", content: { feelings: "hurt" } },
  { type: "share.state", content: { happened: "x".repeat(5000), felt: "y" } },
  { type: "pause.raise", minutes: 7 },
  { type: "agreements.edit", baseVersion: "1", content: {} },
  { type: "review.mark", item: -1, mark: "kept" },
];
