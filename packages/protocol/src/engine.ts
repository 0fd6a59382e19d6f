import { accept, refuse, type Decision } from "./decision.js";
import type { RoomEvent } from "./events.js";
import { ruleFor } from "./event-rules.js";
import type { Intent } from "./intents.js";
import type { CreateRoom } from "./messages/create-room.js";
import type { Phase } from "./messages/phase-started.js";
import { defaultEngineOptions, type EngineOptions } from "./options.js";
import type { PhaseModule } from "./phase-module.js";
import { phaseModules } from "./phases/index.js";
import { isPartner, type Role } from "./roles.js";
import { decideBreaks } from "./rules/breaks.js";
import { may } from "./rules/seats.js";
import { moveOn } from "./rules/sessions.js";
import { emptyRoom, type RoomState } from "./state.js";

export { defaultEngineOptions, type EngineOptions } from "./options.js";

/**
 * The server's one question: may `actor` do `intent` now, and what happens if so? The rules
 * that hold in every phase first (pause, stopping), then the current phase's module.
 * Pure: no clock (`now` is given), no randomness, no mutation.
 */
export function decide(state: RoomState, intent: Intent, actor: Role, now: number, options: EngineOptions = defaultEngineOptions): Decision {
  const session = state.session;
  if (!session) return refuse("unknown_room");
  const cross = decideBreaks(session, intent, actor, now, options);
  if (cross) return cross;
  if (!isPartner(actor) || !may(actor, "writeContent")) return refuse("not_your_seat");
  // The table is keyed by phase, so this module is the one for this session's phase.
  const module = phaseModules[session.phase] as unknown as PhaseModule<Phase>;
  return module.decide({ room: state, session, intent, actor, now, options, next: () => moveOn(state, session, now) });
}

/** Fold one stamped event into the room. Runs identically on the server and in every client. */
export function apply(state: RoomState, event: RoomEvent): RoomState {
  return ruleFor(event.type).fold({ ...state, seq: event.seq }, event);
}

/** The events that open a new room, before any seat has acted. */
export function openRoom(input: CreateRoom): Decision {
  return accept(
    { type: "room.created", topic: input.topic, names: { partnerA: input.partnerA.name, partnerB: input.partnerB.name } },
    { type: "session.opened", ordinal: 1, kind: "first", format: "full" },
  );
}

/** Fold a whole ordered stream from the empty room. */
export function foldEvents(events: readonly RoomEvent[], from: RoomState = emptyRoom): RoomState {
  return events.reduce(apply, from);
}

