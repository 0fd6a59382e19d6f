import type { ErrorCode } from "./errors.js";
import type { EventBody } from "./events.js";

/** Why an action is refused: a code, and where a field is at fault, its name and a sentence. */
export type Refused = { ok: false; code: ErrorCode; field?: string; message?: string };

/** What `decide` answers: the events to append (maybe none), or why the action is refused. */
export type Decision = { ok: true; events: EventBody[] } | Refused;

export const accept = (...events: EventBody[]): Decision => ({ ok: true, events });
export const refuse = (code: ErrorCode, about?: { field: string; message: string }): Refused =>
  about ? { ok: false, code, field: about.field, message: about.message } : { ok: false, code };
