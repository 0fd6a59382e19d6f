import { z } from "zod";

/** Who is connected now. Observers are counted, never named, and partners always see them. */
export const presenceSchema = z.object({
  partners: z.object({ partnerA: z.boolean(), partnerB: z.boolean() }),
  observers: z.number().int().min(0),
});
export type Presence = z.infer<typeof presenceSchema>;

export const nobodyPresent: Presence = { partners: { partnerA: false, partnerB: false }, observers: 0 };
