import { z } from "zod";
import { textLimits } from "../options.js";
import { storedText } from "./text.js";

/** The first event of every room: its topic and the partners' names as created. */
export const roomCreatedEventSchema = z.object({
  type: z.literal("room.created"),
  topic: storedText(textLimits.topic),
  names: z.object({
    partnerA: storedText(textLimits.displayName),
    partnerB: storedText(textLimits.displayName),
  }),
});
export type RoomCreatedEvent = z.infer<typeof roomCreatedEventSchema>;
