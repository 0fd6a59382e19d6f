import { z } from "zod";
import { limits } from "../limits.js";

/** The first event of every room: its topic and the partners' names as created. */
export const roomCreatedEventSchema = z.object({
  type: z.literal("room.created"),
  topic: z.string().max(limits.topic),
  names: z.object({
    partnerA: z.string().max(limits.displayName),
    partnerB: z.string().max(limits.displayName),
  }),
});
export type RoomCreatedEvent = z.infer<typeof roomCreatedEventSchema>;
