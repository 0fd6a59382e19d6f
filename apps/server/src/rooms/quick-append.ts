import { eventPayload, type EventBody, type Role, type RoomEvent } from "@repair-room/protocol";

/**
 * The quick append's statements and their parameters (see `RoomStore.appendFast`): one for an
 * append alone, the common case, and one for the appends that queued while Postgres was busy,
 * sharing a statement and a commit. Both are prepared once per connection: planning them cost
 * more than running them. They keep the guarantees of room-store.ts's transactional path
 * (exactly once, gap-free seq) and change with it.
 */

/** One room's quick append: see `RoomStore.appendFast`. */
export interface FastAppend {
  roomId: string;
  expectedSeq: number;
  sessionId: string;
  author: { seatId: string; role: Role; actionId: string };
  bodies: EventBody[];
  now: Date;
}

/** A unique key taken by another appender (23505), or a lock cycle Postgres broke (40P01). */
export function isConflict(error: unknown): boolean {
  return conflictCodes.has((error as { code?: string }).code ?? "");
}

const conflictCodes = new Set(["23505", "40P01"]);

export type Plan = ReturnType<typeof plan>;

/** The events an append would write, and what they change in the room's and session's rows. */
export function plan(append: FastAppend) {
  const { expectedSeq, author, bodies, now } = append;
  const events: RoomEvent[] = bodies.map((body, i) => ({ ...body, seq: expectedSeq + 1 + i, at: now.getTime(), actor: author.role }));
  const last = <T extends EventBody["type"]>(type: T) => events.findLast((e): e is Extract<RoomEvent, { type: T }> => e.type === type);
  const name = last("lobby.nameSet");
  return {
    append,
    events,
    topic: last("lobby.topicSet")?.content.topic ?? null,
    nameA: name?.actor === "partnerA" ? name.content.name : null,
    nameB: name?.actor === "partnerB" ? name.content.name : null,
    phase: last("phase.started")?.phase ?? null,
  };
}

/**
 * The statement for these appends (all of different rooms), its parameters and its name. Alone,
 * a simpler one: a single room needs no arrays of rooms nor locks taken in order, and Postgres
 * runs it in about two thirds of the time.
 */
export function quickAppendStatement(planned: readonly Plan[]): { name: string; sql: string; params: unknown[] } {
  const [only] = planned;
  if (only && planned.length === 1) {
    const { append } = only;
    const { roomId, expectedSeq, sessionId, author } = append;
    return {
      name: "rr_append_one",
      sql: appendOneSql,
      params: [roomId, expectedSeq, only.events.length, sessionId, author.seatId, author.actionId, only.topic, only.nameA, only.nameB, only.phase, ...eventColumns([only]).slice(1)],
    };
  }
  return { name: "rr_append_together", sql: fastAppendSql, params: fastAppendParams(planned) };
}

/**
 * The appends' events as the statements' columns, one element per event: room, seq, type,
 * payload, action id, time. The action id goes on each append's last event: a retry then
 * answers with its seq.
 */
function eventColumns(planned: readonly Plan[]): unknown[][] {
  const rows = planned.flatMap(({ append, events }) =>
    events.map((e, i) => [append.roomId, e.seq, e.type, JSON.stringify(eventPayload(e)), i === events.length - 1 ? append.author.actionId : null, append.now.toISOString()]),
  );
  return [0, 1, 2, 3, 4, 5].map((column) => rows.map((row) => row[column]));
}

/**
 * `appendFast` for one room: the room row's update is the check (the log still ends at the
 * expected seq, the seat holds its link, the actionId is new) and takes the row's lock, so a
 * concurrent appender either waits and then finds last_seq moved, or fails on the log's keys.
 */
const appendOneSql = `
  WITH moved AS (
    UPDATE room SET last_seq = $2::int + $3::int,
           topic = COALESCE($7::text, topic),
           partner_a_name = COALESCE($8::text, partner_a_name),
           partner_b_name = COALESCE($9::text, partner_b_name)
     WHERE id = $1::text AND last_seq = $2::int
       AND EXISTS (SELECT 1 FROM seat WHERE seat.id = $5::uuid AND seat.room_id = $1::text AND seat.revoked_at IS NULL)
       AND NOT EXISTS (SELECT 1 FROM event WHERE event.room_id = $1::text AND event.action_id = $6::text)
       AND NOT EXISTS (SELECT 1 FROM action_receipt r WHERE r.room_id = $1::text AND r.action_id = $6::text)
    RETURNING id),
  phase AS (
    UPDATE session SET phase = $10::text WHERE id = $4::uuid AND $10::text IS NOT NULL AND EXISTS (SELECT 1 FROM moved))
  INSERT INTO event (room_id, seq, session_id, actor_seat_id, type, payload, action_id, created_at)
  SELECT moved.id, e.seq, $4::uuid, $5::uuid, e.type, e.payload::jsonb, e.action_id, e.created_at::timestamptz
    FROM moved, unnest($11::int[], $12::text[], $13::text[], $14::text[], $15::text[]) AS e(seq, type, payload, action_id, created_at)
  RETURNING room_id`;

/** The batch statement's parameters: one array per column, one element per room (1-10) or per event (11-16). */
function fastAppendParams(planned: readonly Plan[]): unknown[] {
  const rooms = (pick: (p: Plan) => unknown) => planned.map(pick);
  return [
    rooms((p) => p.append.roomId),
    rooms((p) => p.append.expectedSeq),
    rooms((p) => p.events.length),
    rooms((p) => p.append.sessionId),
    rooms((p) => p.append.author.seatId),
    rooms((p) => p.append.author.actionId),
    rooms((p) => p.topic),
    rooms((p) => p.nameA),
    rooms((p) => p.nameB),
    rooms((p) => p.phase),
    ...eventColumns(planned),
  ];
}

// The rooms that pass their checks are locked in the order of their ids, so two processes'
// statements never wait for each other in a circle; a row another appender changed meanwhile
// is checked again once its lock is ours (last_seq no longer matches: left out).
const fastAppendSql = `
  WITH input AS (
    SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
      AS i(room_id, expected_seq, n, session_id, seat_id, action_id, topic, name_a, name_b, phase)),
  locked AS MATERIALIZED (
    SELECT room.id FROM room JOIN input i ON i.room_id = room.id
     WHERE room.last_seq = i.expected_seq
       AND EXISTS (SELECT 1 FROM seat WHERE seat.id = i.seat_id AND seat.room_id = i.room_id AND seat.revoked_at IS NULL)
       AND NOT EXISTS (SELECT 1 FROM event WHERE event.room_id = i.room_id AND event.action_id = i.action_id)
       AND NOT EXISTS (SELECT 1 FROM action_receipt r WHERE r.room_id = i.room_id AND r.action_id = i.action_id)
     ORDER BY room.id
     FOR UPDATE OF room),
  moved AS (
    UPDATE room SET last_seq = i.expected_seq + i.n,
           topic = COALESCE(i.topic, room.topic),
           partner_a_name = COALESCE(i.name_a, room.partner_a_name),
           partner_b_name = COALESCE(i.name_b, room.partner_b_name)
      FROM input i
     WHERE room.id = i.room_id AND room.id IN (SELECT id FROM locked) AND room.last_seq = i.expected_seq
    RETURNING room.id, i.session_id, i.seat_id, i.phase),
  phase AS (
    UPDATE session SET phase = moved.phase FROM moved WHERE session.id = moved.session_id AND moved.phase IS NOT NULL)
  INSERT INTO event (room_id, seq, session_id, actor_seat_id, type, payload, action_id, created_at)
  SELECT moved.id, e.seq, moved.session_id, moved.seat_id, e.type, e.payload::jsonb, e.action_id, e.created_at::timestamptz
    FROM unnest($11::text[], $12::int[], $13::text[], $14::text[], $15::text[], $16::text[]) AS e(room_id, seq, type, payload, action_id, created_at)
    JOIN moved ON moved.id = e.room_id
  RETURNING room_id`;
