import type { IntentDraft } from "../src/intents.js";
import type { PartnerRole } from "../src/roles.js";
import type { RoomState } from "../src/state.js";
import { acknowledge, approve, checkIn, intention, partners, reflection, statement, thatsIt } from "./intents.js";

/**
 * The one session driver's brain: the step a partner would take next to move the session
 * along, read from the room's state (so it follows the route and the options, whatever they
 * are), or null when nothing is theirs to do now.
 */
export function nextIntent(state: RoomState, me: PartnerRole): IntentDraft | null {
  const s = state.session;
  if (!s) return null;
  if (s.phase !== "closed" && s.away) return s.away.back[me] ? null : { type: "session.return" };
  if (s.phase !== "closed" && s.pause) return s.pause.ready[me] ? null : { type: "pause.ready" };
  switch (s.phase) {
    case "lobby":
      return s.ready[me] ? null : { type: "lobby.ready" };
    case "review": {
      const item = s.marks[me].indexOf(null);
      if (item >= 0) return { type: "review.mark", item, mark: "kept" };
      return s.done[me] ? null : { type: "review.done" };
    }
    case "checkIn":
      return s.submitted[me] === null ? checkIn("calm", "", 2) : null;
    case "share": {
      const speaking = s.round.speaker === me;
      if (s.round.step === "stating") {
        if (s.spoken.partnerA && s.spoken.partnerB) return s.movingOn[me] ? null : { type: "share.moveOn" };
        return speaking ? statement("what happened", "hurt", "") : null;
      }
      if (s.round.step === "reflecting") return speaking ? null : reflection("what I heard", "hurt");
      return speaking ? thatsIt : null;
    }
    case "intentions":
      if (s.written[me] === null) return intention();
      if (s.written.partnerA === null || s.written.partnerB === null) return null;
      return s.acknowledged[me] === null ? acknowledge() : null;
    case "agreements":
      return s.approvals[me] === s.draft.version ? null : approve(s.draft.version);
    case "closed":
      return null;
  }
}

/**
 * Each partner's next step, one at a time, until `until` holds: a driver acts on each (the
 * in-memory one at once, a socket one awaiting the ack) before asking for the next, since
 * the next is read from `state()` as it is then.
 */
export function* autopilot(
  state: () => RoomState,
  until: (state: RoomState) => boolean,
  limit = 500,
): Generator<[PartnerRole, IntentDraft]> {
  for (let n = 0; !until(state()); n++) {
    const now = state();
    if (n >= limit) throw new Error(`still not there after ${limit} steps, in ${now.session?.phase}`);
    const step = partners.map((p) => [p, nextIntent(now, p)] as const).find(([, draft]) => draft !== null);
    if (!step?.[1]) throw new Error(`no partner has a step to take in ${now.session?.phase}`);
    yield [step[0], step[1]];
  }
}

/** Stops once the session is in `phase`. */
export const inPhase =
  (phase: NonNullable<RoomState["session"]>["phase"]) =>
  (state: RoomState): boolean =>
    state.session?.phase === phase;
