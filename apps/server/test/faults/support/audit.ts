import { isDeepStrictEqual } from "node:util";
import { eventFromRow, foldEvents, roles, viewOf, type Role, type RoomEvent } from "@repair-room/protocol";
import pg from "pg";
import { ResilientSeat } from "./resilient-seat.js";
import type { LiveRoom, SettledAction } from "./traffic.js";

/** What the event log says about every answered action, room by room. */
export interface LogAudit {
  /** Actions answered `ok`. */
  acked: number;
  /** Acked actions that needed more than one send (no answer, `unavailable`, …). */
  resent: number;
  /**
   * Resent actions whose event was written before the answered send went out: applied by an
   * earlier send whose answer was lost (the window a crash or an outage opens), then answered
   * from the log. Shows the harness reached the case exactly-once is about.
   */
  replayed: number;
  /** Actions refused for themselves (the harness's steps should never be). */
  refused: number;
  /** Acked actions with no event carrying their actionId (nor a receipt: one that changed nothing). */
  lost: number;
  /** actionIds carried by more than one event (applied twice). */
  duplicated: number;
  /** Seqs missing from a room's 1..last, or a room whose last_seq disagrees with its log. */
  gaps: number;
  /** Acks whose seq is not the seq of their action's event (a retry answered differently). */
  wrongSeq: number;
  /** Events carrying an actionId this harness never saw acked (applied, never answered). */
  unanswered: number;
  /** Each room's log, as the rows were read back and parsed. */
  logs: Map<string, RoomEvent[]>;
  /** One line per thing found, for the failure message. */
  problems: string[];
}

export async function auditLog(databaseUrl: string, roomIds: readonly string[], settled: readonly SettledAction[]): Promise<LogAudit> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const { rows } = await client.query<LogRow>(
      `SELECT e.room_id, e.seq, e.action_id, e.type, e.payload, e.created_at, s.role::text AS role
         FROM event e LEFT JOIN seat s ON s.id = e.actor_seat_id
        WHERE e.room_id = ANY($1::text[]) ORDER BY e.room_id, e.seq`,
      [roomIds],
    );
    const lastSeqs = await client.query<{ id: string; last_seq: number }>("SELECT id, last_seq FROM room WHERE id = ANY($1::text[])", [roomIds]);
    // Accepted actions that changed nothing carry no event: their receipt is their record.
    const receipts = await client.query<{ room_id: string; action_id: string; seq: number }>(
      "SELECT room_id, action_id, seq FROM action_receipt WHERE room_id = ANY($1::text[])",
      [roomIds],
    );
    const receipted = new Map(receipts.rows.map((r) => [`${r.room_id}/${r.action_id}`, r.seq]));
    return judge(roomIds, rows, new Map(lastSeqs.rows.map((r) => [r.id, r.last_seq])), settled, receipted);
  } finally {
    await client.end();
  }
}

/** An event row as the audit reads it. */
export interface LogRow {
  room_id: string;
  seq: number;
  action_id: string | null;
  type: string;
  payload: unknown;
  created_at: Date;
  role: string | null;
}

/** The audit's verdict on rows already read (exported so the audit itself can be tested). */
export function judge(
  roomIds: readonly string[],
  rows: readonly LogRow[],
  lastSeqs: Map<string, number>,
  settled: readonly SettledAction[],
  /** roomId/actionId → the seq an accepted action that changed nothing was answered with. */
  receipted: ReadonlyMap<string, number> = new Map(),
): LogAudit {
  const problems: string[] = [];
  const logs = new Map<string, RoomEvent[]>(roomIds.map((id) => [id, []]));
  // roomId + actionId → the seqs of events carrying it, and when the first was written.
  const carried = new Map<string, number[]>();
  const writtenAt = new Map<string, number>();
  for (const row of rows) {
    logs.get(row.room_id)?.push(eventFromRow({ seq: row.seq, at: row.created_at.getTime(), actor: row.role, type: row.type, payload: row.payload }));
    if (row.action_id) {
      const key = `${row.room_id}/${row.action_id}`;
      carried.set(key, [...(carried.get(key) ?? []), row.seq]);
      if (!writtenAt.has(key)) writtenAt.set(key, row.created_at.getTime());
    }
  }

  let gaps = 0;
  for (const [roomId, events] of logs) {
    const seqs = events.map((e) => e.seq);
    const missing = Array.from({ length: seqs.at(-1) ?? 0 }, (_, i) => i + 1).filter((n) => !seqs.includes(n));
    gaps += missing.length;
    if (missing.length > 0) problems.push(`room ${roomId}: seqs missing ${missing.join(", ")}`);
    if (lastSeqs.get(roomId) !== (seqs.at(-1) ?? 0)) {
      gaps++;
      problems.push(`room ${roomId}: last_seq ${lastSeqs.get(roomId)} but the log ends at ${seqs.at(-1)}`);
    }
  }

  let duplicated = 0;
  for (const [key, seqs] of carried) {
    if (seqs.length > 1 || receipted.has(key)) {
      duplicated++;
      problems.push(`action ${key} applied ${seqs.length} times: seqs ${seqs.join(", ")}${receipted.has(key) ? ", and also receipted as changing nothing" : ""}`);
    }
  }

  const acked = settled.filter((s) => s.ack.ok);
  let lost = 0;
  let wrongSeq = 0;
  let replayed = 0;
  for (const action of acked) {
    if (!action.ack.ok) continue;
    const seqs = carried.get(`${action.roomId}/${action.actionId}`);
    const unchanged = receipted.get(`${action.roomId}/${action.actionId}`);
    if (!seqs && unchanged !== undefined) {
      if (unchanged !== action.ack.seq) {
        wrongSeq++;
        problems.push(`acked ${action.type} ${action.actionId} with seq ${action.ack.seq}, but its receipt says ${unchanged}`);
      }
    } else if (!seqs) {
      lost++;
      problems.push(`acked ${action.type} ${action.actionId} (room ${action.roomId}, seq ${action.ack.seq}, ${action.attempts} sends: ${action.retriedOn.join(", ") || "first try"}) has no event`);
    } else if (!seqs.includes(action.ack.seq)) {
      wrongSeq++;
      problems.push(`acked ${action.type} ${action.actionId} with seq ${action.ack.seq}, but its event is seq ${seqs.join(", ")}`);
    }
    // The server's clock and this one are the same machine's.
    const written = writtenAt.get(`${action.roomId}/${action.actionId}`);
    if (action.attempts > 1 && written !== undefined && written < action.lastSentAt) replayed++;
  }

  const answered = new Set(acked.map((a) => `${a.roomId}/${a.actionId}`));
  let unanswered = 0;
  for (const key of carried.keys()) {
    if (!answered.has(key)) {
      unanswered++;
      problems.push(`event with actionId ${key} was never acked to the harness`);
    }
  }

  const refused = settled.filter((s) => !s.ack.ok);
  for (const r of refused) if (!r.ack.ok) problems.push(`${r.role} ${r.type} refused: ${r.ack.code} (after ${r.retriedOn.join(", ") || "first try"})`);

  return { acked: acked.length, resent: acked.filter((a) => a.attempts > 1).length, replayed, refused: refused.length, lost, duplicated, gaps, wrongSeq, unanswered, logs, problems };
}

/** JSON's view of a value: what went over the wire, with undefined fields dropped. */
const wire = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

export interface ViewAudit {
  /** Live seats compared. */
  compared: number;
  /** Live seats whose folded view differs from a freshly connected seat's, or from the log's. */
  differing: string[];
}

/**
 * Every seat the harness kept open through the faults must have folded the same room as a
 * seat that connects now, fresh, holding nothing, and as the log itself says (folded from
 * its first event and filtered for the seat).
 */
export async function compareViews(rooms: readonly LiveRoom[], logs: Map<string, RoomEvent[]>, urlFor: (room: LiveRoom, role: Role) => string): Promise<ViewAudit> {
  const differing: string[] = [];
  let compared = 0;
  for (const room of rooms) {
    const log = logs.get(room.roomId) ?? [];
    const latest = log.at(-1)?.seq ?? 0;
    const truth = foldEvents(log);
    for (const role of roles) {
      const live = room.seats[role];
      await live.waitForSeq(latest);
      const fresh = new ResilientSeat(urlFor(room, role), room.links[role]);
      try {
        await fresh.ready();
        await fresh.waitForSeq(latest);
        compared++;
        const state = wire(live.timeline.state);
        if (live.seq !== latest) differing.push(`${room.roomId} ${role}: live seat at seq ${live.seq}, log at ${latest}`);
        else if (!isDeepStrictEqual(state, wire(fresh.timeline.state))) differing.push(`${room.roomId} ${role}: live view differs from a fresh seat's`);
        else if (!isDeepStrictEqual(state, wire(viewOf(truth, role)))) differing.push(`${room.roomId} ${role}: live view differs from the log's`);
      } finally {
        fresh.close();
      }
    }
  }
  return { compared, differing };
}
