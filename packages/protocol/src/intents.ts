import { z } from "zod";
import {
  agreementsAppreciateIntentSchema,
  agreementsApproveIntentSchema,
  agreementsEditIntentSchema,
} from "./messages/agreements.js";
import { checkInSubmitIntentSchema } from "./messages/check-in.js";
import { intentionsAcknowledgeIntentSchema, intentionsSubmitIntentSchema } from "./messages/intentions.js";
import { sessionAdjournIntentSchema, sessionLeaveIntentSchema, sessionReturnIntentSchema } from "./messages/leaving.js";
import {
  lobbyFirstSpeakerIntentSchema,
  lobbyFormatIntentSchema,
  lobbySetNameIntentSchema,
  lobbySetTopicIntentSchema,
} from "./messages/lobby.js";
import { lobbyReadyIntentSchema } from "./messages/lobby-ready.js";
import { pauseRaiseIntentSchema, pauseReadyIntentSchema } from "./messages/pause.js";
import { reviewAppreciateIntentSchema, reviewDoneIntentSchema, reviewMarkIntentSchema } from "./messages/review.js";
import { sessionOpenFollowUpIntentSchema } from "./messages/session-closed.js";
import {
  shareConfirmIntentSchema,
  shareMoveOnIntentSchema,
  shareReflectIntentSchema,
  shareStateIntentSchema,
} from "./messages/share.js";

/** Everything a client may ask of the room. The server parses every packet with this. */
export const intentSchema = z.discriminatedUnion("type", [
  lobbyReadyIntentSchema,
  lobbySetTopicIntentSchema,
  lobbySetNameIntentSchema,
  lobbyFirstSpeakerIntentSchema,
  lobbyFormatIntentSchema,
  reviewMarkIntentSchema,
  reviewAppreciateIntentSchema,
  reviewDoneIntentSchema,
  checkInSubmitIntentSchema,
  shareStateIntentSchema,
  shareReflectIntentSchema,
  shareConfirmIntentSchema,
  shareMoveOnIntentSchema,
  intentionsSubmitIntentSchema,
  intentionsAcknowledgeIntentSchema,
  agreementsEditIntentSchema,
  agreementsAppreciateIntentSchema,
  agreementsApproveIntentSchema,
  pauseRaiseIntentSchema,
  pauseReadyIntentSchema,
  sessionLeaveIntentSchema,
  sessionAdjournIntentSchema,
  sessionReturnIntentSchema,
  sessionOpenFollowUpIntentSchema,
]);
export type Intent = z.infer<typeof intentSchema>;
export type IntentType = Intent["type"];
/** An intent as a client writes it, before defaults are filled in. */
export type IntentInput = z.input<typeof intentSchema>;
export type IntentOf<T extends IntentType> = Extract<Intent, { type: T }>;
/** An intent as a client composes it; the actionId is added when it is sent. */
export type IntentDraft = IntentInput extends infer I ? (I extends unknown ? Omit<I, "actionId"> : never) : never;
