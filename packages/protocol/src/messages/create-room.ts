import { z } from "zod";
import { textLimits } from "../options.js";
import { text } from "./text.js";

/** `POST /api/rooms` body: the topic and the two partners' display names. */
export const createRoomSchema = z.object({
  topic: text(textLimits.topic, "a short topic"),
  partnerA: z.object({ name: text(textLimits.displayName, "the first partner's name") }),
  partnerB: z.object({ name: text(textLimits.displayName, "the second partner's name") }),
});
export type CreateRoom = z.infer<typeof createRoomSchema>;

/** `201` answer: the room and its three secret links. */
export interface CreatedRoom {
  roomId: string;
  links: { partnerA: string; partnerB: string; observer: string };
}
