// Every write to a room's log, its seats and its receipts goes through this module (over 300
// lines on purpose): the quick path (its SQL in quick-append.ts) and the transactional path
// keep the same guarantees (exactly once, gap-free seq) on the same tables, and must change
// together; splitting the transactional statements further would split that contract.
import { randomUUID } from "node:crypto";
import {
  defaultEngineOptions,
  describeEvent,
  namesForStoredSentences,
  type EngineOptions,
  eventFromRow,
  eventPayload,
  type StoredRecap,
  type EventBody,
  type Role,
  type RoomEvent,
} from "@repair-room/protocol";
import type { Database } from "../db/database.js";
import { Batches } from "./append-batches.js";
import { isConflict, plan, quickAppendStatement, type FastAppend } from "./quick-append.js";
import type { Prisma, PrismaClient } from "../db/generated/client.js";

type Tx = Prisma.TransactionClient;

/** A seat as the socket layer needs it. */

/**
 * How long a transaction may wait for a connection and run. Prisma's 2 s wait is too short
 * for a busy machine, where a burst of rooms created at once then failed for no real cause.
 */
export const transactionWaits = { maxWait: 10_000, timeout: 15_000 };

/**
 * Quick-append statements on their way at once; the appends asked for meanwhile wait and go
 * together in the next (append-batches.ts). Alone, each action's commit cost Postgres about
 * 1.3 ms of CPU, and at 500 actions/s on 2 cores that, not the server, was what queued:
 * batched, 0.1-0.3 ms (bench/results/2026-11-30-b-group-commit.md). Two keep a statement
 * filling while one commits and leave the rest of the pool to joins and the careful way.
 * PGlite runs one statement at a time anyway: one, so the rest pile up into the next.
 */
export const fastAppendsInFlight = { postgres: 2, pglite: 1 } as const;

/** The most appends in one statement: its arrays stay small, and a retry alone stays cheap. */
const fastAppendsPerStatement = 200;

export interface SeatRecord {
  seatId: string;
  roomId: string;
  role: Role;
  revoked: boolean;
}

/** Who appends: the acting seat (null for the room's own events) and the client's action id. */
export interface Author {
  seatId: string | null;
  role: Role | null;
  actionId: string | null;
}

/**
 * Durable storage of rooms: seats, and the per-room event log with the tables projected from
 * it. Every write of events happens inside the caller's transaction.
 */
export class RoomStore {
  readonly prisma: PrismaClient;
  private readonly raw: Database["raw"];
  private readonly fastAppends: Batches<FastAppend, RoomEvent[] | null>;

  constructor(
    db: Pick<Database, "prisma" | "raw" | "target">,
    /** The method's numbers, for the sentences of a stored recap's timeline. */
    private readonly options: EngineOptions = defaultEngineOptions,
  ) {
    this.prisma = db.prisma;
    this.raw = db.raw;
    this.fastAppends = new Batches((appends) => this.appendTogether(appends), fastAppendsInFlight[db.target.kind], fastAppendsPerStatement);
  }

  /**
   * The common case in one statement, one round trip, no interactive transaction: append
   * `bodies` after `expectedSeq`, keeping the room's names and topic and the session's phase
   * in step, but only while the room's log still ends there (no other process appended), the
   * seat still holds its link, and the actionId is new to the room. The room row's lock is
   * taken before the append, so two appenders cannot both pass. Returns the events appended,
   * or null when a check failed (the caller takes the careful way, which finds out which).
   * Opening and closing a session never come here. Appends asked for while the database is
   * busy share one statement and one commit (`appendTogether`).
   */
  appendFast(append: FastAppend): Promise<RoomEvent[] | null> {
    return this.fastAppends.add(append);
  }

  /**
   * Several rooms' quick appends in one statement, so one commit (one round trip, one WAL
   * flush) makes them all durable: each is checked and appended as `appendFast` says, on
   * its own; one whose check fails is left out (null) without stopping the others. The rooms
   * must be different (the caller holds each room's lock). If the statement fails as a whole
   * on a conflict (another process took a seq or actionId, or a deadlock), nothing of it was
   * written: each append is tried again alone, so one room's conflict costs the others only
   * the retry.
   */
  private async appendTogether(appends: readonly FastAppend[]): Promise<(RoomEvent[] | null)[]> {
    const planned = appends.map(plan);
    let rows: { room_id: string }[];
    try {
      const { sql, params, name } = quickAppendStatement(planned);
      rows = await this.raw.query<{ room_id: string }>(sql, params, name);
    } catch (error) {
      if (!isConflict(error)) throw error;
      if (appends.length === 1) return [null];
      return Promise.all(appends.map(async (a) => (await this.appendTogether([a]))[0] ?? null));
    }
    const appended = new Map<string, number>();
    for (const row of rows) appended.set(row.room_id, (appended.get(row.room_id) ?? 0) + 1);
    return planned.map((p) => (appended.get(p.append.roomId) === p.events.length ? p.events : null));
  }

  /** Event types whose append writes more than one row elsewhere: they take the careful way. */
  static needsCare(type: EventBody["type"]): boolean {
    return type === "session.opened" || type === "session.closed";
  }

  /** Write a new room, its seats and its opening events in one transaction. */
  async createRoom(input: {
    roomId: string;
    topic: string;
    names: { partnerA: string; partnerB: string };
    seats: { role: Role; tokenHash: string }[];
    events: EventBody[];
    now: Date;
  }): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      await tx.room.create({
        data: {
          id: input.roomId,
          topic: input.topic,
          partnerAName: input.names.partnerA,
          partnerBName: input.names.partnerB,
          createdAt: input.now,
          seats: { create: input.seats.map((s) => ({ role: s.role, tokenHash: s.tokenHash, issuedAt: input.now })) },
        },
      });
      await this.appendInTx(tx, input.roomId, 0, input.events, { seatId: null, role: null, actionId: null }, input.now);
    }, transactionWaits);
  }

  async findSeat(tokenHash: string): Promise<SeatRecord | null> {
    const seat = await this.prisma.seat.findUnique({ where: { tokenHash } });
    return seat && { seatId: seat.id, roomId: seat.roomId, role: seat.role, revoked: seat.revokedAt !== null };
  }

  /**
   * Revoke a seat and issue its role a new one, in one transaction. The request's hash and the
   * server's salt are kept on the new seat: the same request again (from the old seat, or from
   * the new one it already became) answers with that seat and salt. Any other request on a seat
   * already replaced (by another tab, say) is refused: a seat is replaced once.
   */
  async reissueSeat(
    seat: SeatRecord,
    fresh: { requestHash: string; salt: string; tokenHash: string },
    now: Date,
  ): Promise<{ seat: SeatRecord; salt: string } | "refused"> {
    return this.prisma.$transaction(async (tx) => {
      const same = (row: { id: string; roomId: string; role: Role; revokedAt: Date | null; requestHash: string | null; reissueSalt: string | null } | null) =>
        row && row.revokedAt === null && row.requestHash === fresh.requestHash && row.reissueSalt
          ? { seat: { seatId: row.id, roomId: row.roomId, role: row.role, revoked: false }, salt: row.reissueSalt }
          : null;
      // Asked again on the socket that already became the new seat.
      const current = await tx.seat.findUnique({ where: { id: seat.seatId } });
      const answered = same(current);
      if (answered) return answered;
      const replacement = await tx.seat.findUnique({ where: { replacesSeatId: seat.seatId } });
      if (replacement) return same(replacement) ?? "refused";
      const { count } = await tx.seat.updateMany({ where: { id: seat.seatId, revokedAt: null }, data: { revokedAt: now } });
      if (count === 0) return "refused";
      const created = await tx.seat.create({
        data: {
          roomId: seat.roomId,
          role: seat.role,
          tokenHash: fresh.tokenHash,
          issuedAt: now,
          replacesSeatId: seat.seatId,
          requestHash: fresh.requestHash,
          reissueSalt: fresh.salt,
        },
      });
      return { seat: { seatId: created.id, roomId: created.roomId, role: created.role, revoked: false }, salt: fresh.salt };
    }, transactionWaits);
  }

  /** The live seat that replaced `oldSeatId` through the request with this hash, and its salt: a lost answer claimed. */
  async claimReissue(oldSeatId: string, requestHash: string): Promise<{ seat: SeatRecord; salt: string } | null> {
    const row = await this.prisma.seat.findUnique({ where: { replacesSeatId: oldSeatId } });
    if (!row || row.revokedAt !== null || row.requestHash !== requestHash || !row.reissueSalt) return null;
    return { seat: { seatId: row.id, roomId: row.roomId, role: row.role, revoked: false }, salt: row.reissueSalt };
  }

  /** Whether a seat still holds its room (not revoked, room not deleted). */
  async seatIsLive(seatId: string, tx: Tx = this.prisma): Promise<boolean> {
    return (await tx.seat.count({ where: { id: seatId, revokedAt: null } })) > 0;
  }

  /** Erase the room: its seats, sessions, events, recaps and notes go with it (cascades). */
  async deleteRoom(roomId: string): Promise<boolean> {
    const { count } = await this.prisma.room.deleteMany({ where: { id: roomId } });
    return count > 0;
  }

  /** The room's sessions as stored, with their recap rows. */
  async sessions(roomId: string) {
    return this.prisma.session.findMany({
      where: { roomId },
      orderBy: { ordinal: "asc" },
      include: { recap: true },
    });
  }

  async roomExists(roomId: string): Promise<boolean> {
    return (await this.prisma.room.count({ where: { id: roomId } })) > 0;
  }

  /** Events after `afterSeq`, in order (at most `take` of them). */
  async eventsAfter(roomId: string, afterSeq: number, tx: Tx = this.prisma, take?: number): Promise<RoomEvent[]> {
    return this.events(tx, { roomId, seq: { gt: afterSeq } }, take);
  }

  /** The room's latest session row, which its new events belong to. */
  async latestSessionId(roomId: string): Promise<string | null> {
    const rows = await this.raw.query<{ id: string }>("SELECT id FROM session WHERE room_id = $1 ORDER BY ordinal DESC LIMIT 1", [roomId]);
    return rows[0]?.id ?? null;
  }

  /** Each room's latest seq, for the rooms that exist. */
  async latestSeqs(roomIds: readonly string[]): Promise<Map<string, number>> {
    if (roomIds.length === 0) return new Map();
    const rows = await this.raw.query<{ id: string; last_seq: number }>("SELECT id, last_seq FROM room WHERE id = ANY($1::text[])", [roomIds]);
    return new Map(rows.map((r) => [r.id, r.last_seq]));
  }

  private async events(tx: Tx, where: Prisma.EventWhereInput, take?: number): Promise<RoomEvent[]> {
    const rows = await tx.event.findMany({
      where,
      orderBy: { seq: "asc" },
      ...(take === undefined ? {} : { take }),
      include: { actorSeat: { select: { role: true } } },
    });
    return rows.map((row) =>
      eventFromRow({
        seq: row.seq,
        at: row.createdAt.getTime(),
        actor: row.actorSeat?.role ?? null,
        type: row.type,
        payload: row.payload,
      }),
    );
  }

  /** Lock the room's row for this transaction and read its last seq; null if there is no room. */
  async lockRoom(tx: Tx, roomId: string): Promise<number | null> {
    const rows = await tx.$queryRaw<{ last_seq: number }[]>`
      SELECT last_seq FROM room WHERE id = ${roomId} FOR UPDATE`;
    return rows[0]?.last_seq ?? null;
  }

  /** The seq and author of an action already answered in this room, if any: one that appended events, or one that changed nothing. */
  async findAction(tx: Tx, roomId: string, actionId: string): Promise<{ seq: number; seatId: string | null } | null> {
    const row = await tx.event.findUnique({
      where: { roomId_actionId: { roomId, actionId } },
      select: { seq: true, actorSeatId: true },
    });
    if (row) return { seq: row.seq, seatId: row.actorSeatId };
    const receipt = await tx.actionReceipt.findUnique({ where: { roomId_actionId: { roomId, actionId } }, select: { seq: true, seatId: true } });
    return receipt;
  }

  /** An accepted action that changed nothing, answered with `seq`: kept so a retry is answered the same. */
  async recordNoop(tx: Tx, roomId: string, author: { seatId: string; actionId: string }, seq: number, now: Date): Promise<void> {
    await tx.actionReceipt.create({ data: { roomId, actionId: author.actionId, seatId: author.seatId, seq, createdAt: now } });
  }

  /**
   * Append `bodies` after `lastSeq` and update the tables projected from them. The action id
   * goes on the batch's last event: a retry then answers with the same seq as the first try.
   * Also returns the room's current session after the append (its events' `session_id`).
   */
  async appendInTx(
    tx: Tx,
    roomId: string,
    lastSeq: number,
    bodies: EventBody[],
    author: Author,
    now: Date,
  ): Promise<{ events: RoomEvent[]; sessionId: string | null }> {
    const events: RoomEvent[] = bodies.map((body, i) => ({
      ...body,
      seq: lastSeq + 1 + i,
      at: now.getTime(),
      actor: author.role,
    }));
    let sessionId = await this.currentSessionId(tx, roomId);
    for (const [i, event] of events.entries()) {
      sessionId = (await this.project(tx, roomId, event, now)) ?? sessionId;
      await tx.event.create({
        data: {
          roomId,
          seq: event.seq,
          sessionId,
          actorSeatId: author.seatId,
          type: event.type,
          payload: eventPayload(event) as Prisma.InputJsonObject,
          actionId: i === events.length - 1 ? author.actionId : null,
          createdAt: now,
        },
      });
    }
    if (events.length > 0) {
      await tx.room.update({ where: { id: roomId }, data: { lastSeq: lastSeq + events.length } });
    }
    return { events, sessionId };
  }

  /** The room's latest session, whose id its new events carry. */
  async currentSessionId(tx: Tx, roomId: string): Promise<string | null> {
    const session = await tx.session.findFirst({
      where: { roomId },
      orderBy: { ordinal: "desc" },
      select: { id: true },
    });
    return session?.id ?? null;
  }

  /**
   * Keep the tables that mirror the log in step, in the append's transaction. Returns a new
   * session's id when one opens.
   */
  private async project(tx: Tx, roomId: string, event: RoomEvent, now: Date): Promise<string | null> {
    const latestSession = () => tx.session.findFirstOrThrow({ where: { roomId }, orderBy: { ordinal: "desc" }, select: { id: true } });
    switch (event.type) {
      case "session.opened": {
        const id = randomUUID();
        await tx.session.create({
          data: { id, roomId, ordinal: event.ordinal, kind: event.kind, phase: "lobby", openedAt: now },
        });
        return id;
      }
      case "phase.started":
        await tx.session.update({ where: { id: (await latestSession()).id }, data: { phase: event.phase } });
        return null;
      case "session.closed": {
        const { id } = await latestSession();
        await tx.session.update({ where: { id }, data: { phase: "closed", closedAt: now } });
        // The timeline goes in as sentences: the row must read the same whatever the events
        // become. The sentences carry no one's words, so every seat may read them.
        const sessionEvents = [...(await this.events(tx, { roomId, sessionId: id })), event];
        // Sealed names cannot be read here: the sentences name the partners by slots the device fills.
        const storedNames = namesForStoredSentences(event.recap.names);
        const content: StoredRecap = {
          ...event.recap,
          timeline: sessionEvents.map((e) => ({ seq: e.seq, at: e.at, text: describeEvent(e, storedNames, this.options) })),
        };
        await tx.recap.create({
          data: {
            sessionId: id,
            content: content as unknown as Prisma.InputJsonObject,
            draftVersion: event.recap.approvedVersion,
            createdAt: now,
          },
        });
        return null;
      }
      case "lobby.topicSet":
        await tx.room.update({ where: { id: roomId }, data: { topic: event.content.topic } });
        return null;
      case "lobby.nameSet":
        if (event.actor === "partnerA" || event.actor === "partnerB") {
          const column = event.actor === "partnerA" ? "partnerAName" : "partnerBName";
          await tx.room.update({ where: { id: roomId }, data: { [column]: event.content.name } });
        }
        return null;
      default:
        // Every other event lives in the log alone.
        return null;
    }
  }
}
