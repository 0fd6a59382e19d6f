import { z } from "zod";
import { textLimits } from "../options.js";

/** The first event of every room: its topic and the partners' names as created. */
export const roomCreatedEventSchema = z.object({
  type: z.literal("room.created"),
  topic: z.string().max(textLimits.topic),
  names: z.object({
    partnerA: z.string().max(textLimits.displayName),
    partnerB: z.string().max(textLimits.displayName),
  }),
});
export type RoomCreatedEvent = z.infer<typeof roomCreatedEventSchema>;
