import type { PartnerRole } from "./roles.js";

/** Who is connected now. Observers are counted, never named, and partners always see them. */
export interface Presence {
  partners: Record<PartnerRole, boolean>;
  observers: number;
}

export const nobodyPresent: Presence = { partners: { partnerA: false, partnerB: false }, observers: 0 };
