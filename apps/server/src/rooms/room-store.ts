import { randomUUID } from "node:crypto";
import {
  defaultEngineOptions,
  describeEvent,
  type EngineOptions,
  eventFromRow,
  eventPayload,
  type StoredRecap,
  type EventBody,
  type Role,
  type RoomEvent,
} from "@repair-room/protocol";
import type { Prisma, PrismaClient } from "../db/generated/client.js";

type Tx = Prisma.TransactionClient;

/** A seat as the socket layer needs it. */
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
  constructor(
    readonly prisma: PrismaClient,
    /** The method's numbers, for the sentences of a stored recap's timeline. */
    private readonly options: EngineOptions = defaultEngineOptions,
  ) {}

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
    });
  }

  async findSeat(tokenHash: string): Promise<SeatRecord | null> {
    const seat = await this.prisma.seat.findUnique({ where: { tokenHash } });
    return seat && { seatId: seat.id, roomId: seat.roomId, role: seat.role, revoked: seat.revokedAt !== null };
  }

  /**
   * Revoke a seat and issue its role a new one with `tokenHash`, in one transaction. Asking
   * again with the same token answers with the same new seat; a seat already revoked (by
   * another tab's re-issue, say) cannot mint another one.
   */
  async reissueSeat(seat: SeatRecord, tokenHash: string, now: Date): Promise<SeatRecord | "revoked" | "taken"> {
    return this.prisma.$transaction(async (tx) => {
      const existing = await tx.seat.findUnique({ where: { tokenHash } });
      if (existing) {
        const sameSeat = existing.roomId === seat.roomId && existing.role === seat.role && existing.revokedAt === null;
        return sameSeat ? { seatId: existing.id, roomId: existing.roomId, role: existing.role, revoked: false } : "taken";
      }
      const { count } = await tx.seat.updateMany({ where: { id: seat.seatId, revokedAt: null }, data: { revokedAt: now } });
      if (count === 0) return "revoked";
      const fresh = await tx.seat.create({ data: { roomId: seat.roomId, role: seat.role, tokenHash, issuedAt: now } });
      return { seatId: fresh.id, roomId: fresh.roomId, role: fresh.role, revoked: false };
    });
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

  /** Events after `afterSeq`, in order. */
  async eventsAfter(roomId: string, afterSeq: number, tx: Tx = this.prisma): Promise<RoomEvent[]> {
    return this.events(tx, { roomId, seq: { gt: afterSeq } });
  }

  private async events(tx: Tx, where: Prisma.EventWhereInput): Promise<RoomEvent[]> {
    const rows = await tx.event.findMany({
      where,
      orderBy: { seq: "asc" },
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

  /** The seq and author of an action already taken in this room, if any. */
  async findAction(tx: Tx, roomId: string, actionId: string): Promise<{ seq: number; seatId: string | null } | null> {
    const row = await tx.event.findUnique({
      where: { roomId_actionId: { roomId, actionId } },
      select: { seq: true, actorSeatId: true },
    });
    return row && { seq: row.seq, seatId: row.actorSeatId };
  }

  /**
   * Append `bodies` after `lastSeq` and update the tables projected from them. The action id
   * goes on the batch's last event: a retry then answers with the same seq as the first try.
   */
  async appendInTx(
    tx: Tx,
    roomId: string,
    lastSeq: number,
    bodies: EventBody[],
    author: Author,
    now: Date,
  ): Promise<RoomEvent[]> {
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
    return events;
  }

  private async currentSessionId(tx: Tx, roomId: string): Promise<string | null> {
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
        const content: StoredRecap = {
          ...event.recap,
          timeline: sessionEvents.map((e) => ({ seq: e.seq, at: e.at, text: describeEvent(e, event.recap.names, this.options) })),
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
