import type { RoomEvent } from "./events.js";
import { ruleFor } from "./event-rules.js";
import { defaultEngineOptions, type EngineOptions } from "./options.js";
import type { PartnerRole, Role } from "./roles.js";
import { isSealed } from "./sealing/envelope.js";

/**
 * One plain sentence per accepted action, the same on every screen and in every stored recap:
 * the timeline is shared, so it never says "you", and it never carries what anyone wrote.
 * Stopping and adjourning never say who. Each sentence is its event's owner's (event-rules.ts).
 */
export function describeEvent(event: RoomEvent, names: Record<PartnerRole, string>, options: EngineOptions = defaultEngineOptions): string {
  return ruleFor(event.type).say(event, { names, who: actorName(event.actor, names), options });
}

export function actorName(actor: Role | null, names: Record<PartnerRole, string>): string {
  if (actor === null) return "The room";
  if (actor === "observer") return "The coach";
  return names[actor];
}

/**
 * Where a stored sentence names a partner whose name the server cannot read (a sealed room):
 * the device puts the name in when it opens the recap.
 */
export const nameSlots: Record<PartnerRole, string> = { partnerA: "{partnerA}", partnerB: "{partnerB}" };

/** The names the server writes a room's stored sentences with: the names, or slots when they are sealed. */
export function namesForStoredSentences(names: Record<PartnerRole, string>): Record<PartnerRole, string> {
  return isSealed(names.partnerA) || isSealed(names.partnerB) ? nameSlots : names;
}

/** A stored sentence with the partners' names in their slots. */
export function fillNameSlots(sentence: string, names: Record<PartnerRole, string>): string {
  return sentence.replaceAll(nameSlots.partnerA, names.partnerA).replaceAll(nameSlots.partnerB, names.partnerB);
}
