import type { RoomEvent } from "./events.js";
import { isPartner, type PartnerRole, type Role } from "./roles.js";
import { assertNever, type ByPartner, type RoomState } from "./state.js";

/**
 * What `role` may receive of `event`: the one place privacy is decided, listing every event
 * type so a new one cannot slip through unexamined. The server sends only this. Every seat
 * receives every seq (its timeline has no holes); hidden input is redacted, keeping only
 * that it happened.
 */
export function visibleTo(role: Role, event: RoomEvent): RoomEvent {
  switch (event.type) {
    // A check-in stays with its author until both are in (`checkIn.revealed` shows both).
    case "checkIn.submitted":
      return event.actor === role ? event : { ...event, content: null };
    // An intention too, until both are written (`intentions.revealed` shows both).
    case "intentions.submitted":
      return event.actor === role ? event : { ...event, content: null };
    // "I need to stop" / "continue another time": the others see only that the session waits.
    // Nor who came back: the first one back is usually the one who stopped.
    case "session.left":
    case "session.adjourned":
    case "session.returned":
      return event.actor === role ? event : { ...event, actor: null };
    case "room.created":
    case "session.opened":
    case "session.closed":
    case "phase.started":
    case "lobby.ready":
    case "lobby.topicSet":
    case "lobby.nameSet":
    case "lobby.firstSpeakerSet":
    case "lobby.formatSet":
    case "review.marked":
    case "review.appreciated":
    case "review.finished":
    case "checkIn.revealed":
    case "share.stated":
    case "share.reflected":
    case "share.confirmed":
    case "share.roundEnded":
    case "share.movedOn":
    case "intentions.revealed":
    case "intentions.acknowledged":
    case "agreements.edited":
    case "agreements.appreciated":
    case "agreements.approved":
    case "pause.raised":
    case "pause.readied":
    case "pause.ended":
    case "session.resumed":
      return event;
    default:
      return assertNever(event);
  }
}

/**
 * The room as `role` may know it: what folding its `visibleTo` stream gives. Tests hold the
 * server to this (every seat's fold equals the server's state seen through this).
 */
export function viewOf(state: RoomState, role: Role): RoomState {
  let session = state.session;
  if (!session || session.phase === "closed") return state;
  if (session.phase === "checkIn") session = { ...session, submitted: unrevealed(session.submitted, role) };
  if (session.phase === "intentions") session = { ...session, written: unrevealed(session.written, role) };
  if (session.away) {
    // Each seat knows only whether it has come back itself: the first one back is usually the one who stopped.
    const back = { partnerA: role === "partnerA" && session.away.back.partnerA, partnerB: role === "partnerB" && session.away.back.partnerB };
    session = { ...session, away: { ...session.away, back } };
  }
  return session === state.session ? state : { ...state, session };
}

/** Each partner's input as `role` may know it: its author's own, "hidden" for the others', until both are in. */
function unrevealed<T>(input: ByPartner<T | "hidden" | null>, role: Role): ByPartner<T | "hidden" | null> {
  if (input.partnerA !== null && input.partnerB !== null) return input;
  const hide = (p: PartnerRole) => (input[p] === null || (isPartner(role) && role === p) ? input[p] : "hidden");
  return { partnerA: hide("partnerA"), partnerB: hide("partnerB") };
}
