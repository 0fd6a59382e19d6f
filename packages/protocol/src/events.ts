import { z } from "zod";
import {
  agreementsAppreciatedEventSchema,
  agreementsApprovedEventSchema,
  agreementsEditedEventSchema,
} from "./messages/agreements.js";
import { checkInRevealedEventSchema, checkInSubmittedEventSchema } from "./messages/check-in.js";
import { intentionsAcknowledgedEventSchema, intentionsRevealedEventSchema, intentionsSubmittedEventSchema } from "./messages/intentions.js";
import {
  sessionAdjournedEventSchema,
  sessionLeftEventSchema,
  sessionResumedEventSchema,
  sessionReturnedEventSchema,
} from "./messages/leaving.js";
import {
  lobbyFirstSpeakerSetEventSchema,
  lobbyFormatSetEventSchema,
  lobbyNameSetEventSchema,
  lobbyTopicSetEventSchema,
} from "./messages/lobby.js";
import { lobbyReadyEventSchema } from "./messages/lobby-ready.js";
import { pauseEndedEventSchema, pauseRaisedEventSchema, pauseReadiedEventSchema } from "./messages/pause.js";
import { phaseStartedEventSchema } from "./messages/phase-started.js";
import { reviewAppreciatedEventSchema, reviewDoneEventSchema, reviewMarkedEventSchema } from "./messages/review.js";
import { roomCreatedEventSchema } from "./messages/room-created.js";
import { sessionClosedEventSchema } from "./messages/session-closed.js";
import { sessionOpenedEventSchema } from "./messages/session-opened.js";
import {
  shareConfirmedEventSchema,
  shareMovedOnEventSchema,
  shareReflectedEventSchema,
  shareRoundEndedEventSchema,
  shareStatedEventSchema,
} from "./messages/share.js";
import { roleSchema } from "./roles.js";

/** What the engine decides: an event before the server stamps it with seq, time and actor. */
export const eventBodySchema = z.discriminatedUnion("type", [
  roomCreatedEventSchema,
  sessionOpenedEventSchema,
  phaseStartedEventSchema,
  lobbyReadyEventSchema,
  lobbyTopicSetEventSchema,
  lobbyNameSetEventSchema,
  lobbyFirstSpeakerSetEventSchema,
  lobbyFormatSetEventSchema,
  reviewMarkedEventSchema,
  reviewAppreciatedEventSchema,
  reviewDoneEventSchema,
  checkInSubmittedEventSchema,
  checkInRevealedEventSchema,
  shareStatedEventSchema,
  shareReflectedEventSchema,
  shareConfirmedEventSchema,
  shareRoundEndedEventSchema,
  shareMovedOnEventSchema,
  intentionsSubmittedEventSchema,
  intentionsRevealedEventSchema,
  intentionsAcknowledgedEventSchema,
  agreementsEditedEventSchema,
  agreementsAppreciatedEventSchema,
  agreementsApprovedEventSchema,
  sessionClosedEventSchema,
  pauseRaisedEventSchema,
  pauseReadiedEventSchema,
  pauseEndedEventSchema,
  sessionLeftEventSchema,
  sessionAdjournedEventSchema,
  sessionReturnedEventSchema,
  sessionResumedEventSchema,
]);
export type EventBody = z.infer<typeof eventBodySchema>;
export type EventType = EventBody["type"];
export type EventOf<T extends EventType> = Extract<RoomEvent, { type: T }>;

/** The stamp the server adds when it appends an event to the room's log. */
export const eventStampSchema = z.object({
  /** Position in the room's log: 1, 2, 3… with no gaps. */
  seq: z.number().int().min(1),
  /** Server time of the append, epoch milliseconds. */
  at: z.number().int(),
  /** The seat whose action this was; null for the room's own events and for redacted actors. */
  actor: roleSchema.nullable(),
});
export type EventStamp = z.infer<typeof eventStampSchema>;

export type RoomEvent = EventBody & EventStamp;

export const roomEventSchema = z.intersection(eventBodySchema, eventStampSchema);

/** What a stored row keeps as JSON: the event's own fields, without its type and stamp. */
export function eventPayload(event: EventBody): Record<string, unknown> {
  const { type: _type, ...payload } = event as EventBody & Partial<EventStamp>;
  delete payload.seq;
  delete payload.at;
  delete payload.actor;
  return payload;
}

/** Rebuild an event from a stored row; throws if the row no longer matches the schema. */
export function eventFromRow(row: {
  seq: number;
  at: number;
  actor: string | null;
  type: string;
  payload: unknown;
}): RoomEvent {
  const payload = typeof row.payload === "object" && row.payload !== null ? row.payload : {};
  return roomEventSchema.parse({
    ...payload,
    type: row.type,
    seq: row.seq,
    at: row.at,
    actor: row.actor,
  }) as RoomEvent;
}
