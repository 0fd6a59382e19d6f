import type { ErrorCode } from "./errors.js";
import type { EventBody } from "./events.js";

/** What `decide` answers: the events to append (maybe none), or why the action is refused. */
export type Decision = { ok: true; events: EventBody[] } | { ok: false; code: ErrorCode };

export const accept = (...events: EventBody[]): Decision => ({ ok: true, events });
export const refuse = (code: ErrorCode): Decision => ({ ok: false, code });
