import type { EventType } from "./events.js";
import type { EventRule, EventRules } from "./phase-module.js";
import { agreements } from "./phases/agreements.js";
import { checkIn } from "./phases/check-in.js";
import { intentions } from "./phases/intentions.js";
import { lobby } from "./phases/lobby.js";
import { review } from "./phases/review.js";
import { share } from "./phases/share.js";
import { breakEvents } from "./rules/breaks.js";
import { sessionEvents } from "./rules/sessions.js";

/**
 * Every event type with the module that owns it: how it folds and what the timeline says.
 * The annotation makes an event type without an owner fail the typecheck; a test checks that
 * no event has two.
 */
export const eventOwners = {
  sessions: sessionEvents,
  breaks: breakEvents,
  lobby: lobby.events,
  review: review.events,
  checkIn: checkIn.events,
  share: share.events,
  intentions: intentions.events,
  agreements: agreements.events,
} as const;

export const eventRules: EventRules<EventType> = {
  ...eventOwners.sessions,
  ...eventOwners.breaks,
  ...eventOwners.lobby,
  ...eventOwners.review,
  ...eventOwners.checkIn,
  ...eventOwners.share,
  ...eventOwners.intentions,
  ...eventOwners.agreements,
};

/** The rule for one event type, typed loosely for dispatch (the table is keyed by type). */
export function ruleFor(type: EventType): EventRule<EventType> {
  return eventRules[type] as unknown as EventRule<EventType>;
}
