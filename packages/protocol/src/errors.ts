import { z } from "zod";

/**
 * Every error a person can meet, once. The server answers `{ ok: false, code, message }`
 * with the message from this map; clients may show it as it is.
 */
export const errorMessages = {
  /** The packet did not have the expected shape. */
  invalid_input: "That didn't come through in a form the room understands. Please try again.",
  /** A text field is longer than its schema allows. */
  too_long: "That's a little too long. Please shorten it and send it again.",
  /** The action belongs to another phase of the session. */
  wrong_phase: "That step isn't open right now.",
  /** The action is for the other partner's turn. */
  not_your_turn: "It's not your turn for that yet.",
  /** The seat holding this link may not take this action. */
  not_your_seat: "This link can't do that.",
  /** No room exists for this address. */
  unknown_room: "This room doesn't exist, or it has been deleted.",
  /** The room was deleted by a partner while this page was open. */
  room_deleted: "This room has been deleted. Nothing of it is kept.",
  /** The link's token matches no seat of the room. */
  invalid_link: "This link isn't complete or isn't right. Please check you have the whole link.",
  /** The link was re-issued; the old one stopped working. */
  link_revoked: "This link has been replaced by a new one. Ask for the new link to come back in.",
  /** The pause signal is up: only "ready" is accepted. */
  paused: "The session is paused. You can continue when you are both ready.",
  /** A draft edit was based on a version that is no longer the latest. */
  stale_version: "Someone changed this while you were editing. Please look at the latest words.",
  /** Too many requests in a short time. */
  rate_limited: "That's a lot at once. Please wait a moment and try again.",
  /** The server could not reach its database or is starting up. */
  unavailable: "The room can't be reached right now. Your words are kept; please try again shortly.",
  /** An unexpected failure; details stay in the server's log. */
  internal: "Something went wrong on our side. Your words are kept; please try again.",
} as const;

export type ErrorCode = keyof typeof errorMessages;

export const errorCodes = Object.keys(errorMessages) as ErrorCode[];

/** What a refused action or request answers. */
export const refusalSchema = z.object({
  ok: z.literal(false),
  code: z.enum(errorCodes as [ErrorCode, ...ErrorCode[]]),
  message: z.string(),
  /** The field at fault, as a dotted path, when one is known. */
  field: z.string().optional(),
  /** For `rate_limited`: how long to wait before sending again, in milliseconds. */
  retryAfterMs: z.number().int().min(0).optional(),
});
export type Refusal = z.infer<typeof refusalSchema>;

export function refusal(code: ErrorCode, field?: string, message?: string): Refusal {
  return field === undefined
    ? { ok: false, code, message: message ?? errorMessages[code] }
    : { ok: false, code, message: message ?? errorMessages[code], field };
}

/** Too much at once: wait `retryAfterMs` before sending again. */
export function rateLimited(retryAfterMs: number): Refusal {
  return { ...refusal("rate_limited"), retryAfterMs: Math.max(0, Math.ceil(retryAfterMs)) };
}
