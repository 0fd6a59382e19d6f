import type { RoomEvent } from "./events.js";
import { phaseNames } from "./phase-names.js";
import type { PartnerRole, Role } from "./roles.js";
import { assertNever } from "./state.js";

/**
 * One plain sentence per accepted action, the same on every screen and in every stored recap:
 * the timeline is shared, so it never says "you", and it never carries what anyone wrote.
 * Stopping and adjourning never say who.
 */
export function describeEvent(event: RoomEvent, names: Record<PartnerRole, string>): string {
  const who = actorName(event.actor, names);
  switch (event.type) {
    case "room.created":
      return "The room was opened.";
    case "session.opened":
      return event.kind === "first" ? "The session began." : `Follow-up session ${event.ordinal} began.`;
    case "session.closed":
      return "Both approved the recap. The session is closed.";
    case "phase.started":
      return `${phaseNames[event.phase]} began.`;
    case "lobby.ready":
      return `${who} is ready.`;
    case "lobby.topicSet":
      return `${who} changed the topic.`;
    case "lobby.nameSet":
      return `${who} changed their name.`;
    case "lobby.firstSpeakerSet":
      return `${who} chose ${names[event.speaker]} to speak first.`;
    case "lobby.formatSet":
      return event.format === "full" ? `${who} chose a full session.` : `${who} chose a short check-in only.`;
    case "review.marked":
      return `${who} marked a step from last time.`;
    case "review.appreciated":
      return `${who} wrote an appreciation.`;
    case "review.finished":
      return `${who} finished looking back.`;
    case "checkIn.submitted":
      return `${who} checked in.`;
    case "checkIn.revealed":
      return "Both check-ins were shown.";
    case "share.stated":
      return `${who} shared what happened for them.`;
    case "share.reflected":
      return `${who} reflected back what they heard.`;
    case "share.confirmed":
      return event.verdict === "yes" ? `${who} said: that's it.` : `${who} said: not quite.`;
    case "share.roundEnded":
      return event.outcome === "understood" ? "Understood. That round is complete." : "Still unclear after three tries: it goes into the recap.";
    case "share.movedOn":
      return `${who} is ready to move on.`;
    case "intentions.submitted":
      return `${who} shared what they intended.`;
    case "agreements.edited":
      return `${who} changed the draft (version ${event.version}).`;
    case "agreements.appreciated":
      return `${who} wrote an appreciation (version ${event.version}).`;
    case "agreements.approved":
      return `${who} approved version ${event.version}.`;
    case "pause.raised":
      return `${who} asked for a ${event.minutes}-minute pause.`;
    case "pause.readied":
      return `${who} is ready to go on.`;
    case "pause.ended":
      return "The pause is over.";
    case "session.left":
    case "session.adjourned":
      return "The session is paused for now.";
    case "session.returned":
      // Not who: the first one back is usually the one who stopped.
      return "One of you is ready to continue.";
    case "session.resumed":
      return "The session goes on.";
    default:
      return assertNever(event);
  }
}

export function actorName(actor: Role | null, names: Record<PartnerRole, string>): string {
  if (actor === null) return "The room";
  if (actor === "observer") return "The coach";
  return names[actor];
}
