import { may, parseOrRefuse, refusal, type Parsed, type Refusal, type Schema, type SeatRight } from "@repair-room/protocol";
import type { FastifyBaseLogger } from "fastify";
import type { RoomAuthority } from "../rooms/authority.js";
import { failureCode } from "../db/failures.js";
import type { RoomSocket } from "./types.js";

/** What a request's own work answers, and anything to do once the answer is on its way. */
export interface Outcome<A> {
  answer: A | Refusal;
  /** Runs after the ack is sent: broadcasts, which must never come before the answer. */
  after?: () => void;
}

export interface RequestSpec<S extends Schema, A> {
  /** For the log. */
  name: string;
  /** The packet's shape: nothing downstream sees it unparsed. */
  schema: S;
  /** The seat's right this needs (rules/seats.ts in the protocol); any seat when left out. */
  right?: SeatRight;
  /**
   * Whether to check that the seat still holds its link before running. Actions check it
   * inside their own transaction, so they skip this one.
   */
  checkLive?: boolean;
  run: (socket: RoomSocket, input: Parsed<S>) => Promise<Outcome<A>>;
}

/**
 * The one skeleton every socket request goes through, in one order: it must ask for an
 * answer; the seat's right; the packet parsed with the protocol's schema; the link still
 * live; the work; the ack; then what follows it. A failure nobody expected answers
 * `unavailable` when the database is out of reach and `internal` otherwise, and is logged.
 */
export function requestHandler<S extends Schema, A>(
  deps: { authority: RoomAuthority; log: FastifyBaseLogger },
  spec: RequestSpec<S, A>,
): (socket: RoomSocket, raw: unknown, ack: unknown) => Promise<void> {
  return async (socket, raw, ack) => {
    if (typeof ack !== "function") return; // Every request is answered; one without a callback is not a request.
    const reply = ack as (answer: A | Refusal) => void;
    const { seat } = socket.data;
    if (spec.right && !may(seat.role, spec.right)) return reply(refusal("not_your_seat"));
    const parsed = parseOrRefuse(spec.schema, raw);
    if (!parsed.ok) return reply(parsed);
    try {
      if (spec.checkLive !== false && !(await deps.authority.seatIsLive(seat.seatId))) return reply(refusal("link_revoked"));
      const outcome = await spec.run(socket, parsed.value);
      reply(outcome.answer);
      outcome.after?.();
    } catch (error) {
      const code = failureCode(error);
      deps.log.error({ err: error, request: spec.name }, `${spec.name} failed (${code})`);
      reply(refusal(code));
    }
  };
}
