import { z } from "zod";

/** The two partners, who write content. */
export const partnerRoles = ["partnerA", "partnerB"] as const;
export const partnerRoleSchema = z.enum(partnerRoles);
export type PartnerRole = z.infer<typeof partnerRoleSchema>;

/** Every seat a link can hold. Any number of tabs may share the observer link. */
export const roles = ["partnerA", "partnerB", "observer"] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export function isPartner(role: Role): role is PartnerRole {
  return role === "partnerA" || role === "partnerB";
}

export function otherPartner(role: PartnerRole): PartnerRole {
  return role === "partnerA" ? "partnerB" : "partnerA";
}
