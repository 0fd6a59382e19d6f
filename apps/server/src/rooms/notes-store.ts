import type { ObserverNote } from "@repair-room/protocol";
import type { PrismaClient } from "../db/generated/client.js";

/** Observers' private notes. They never enter the event log, so no partner seat can receive them. */
export class NotesStore {
  constructor(private readonly prisma: PrismaClient) {}

  /** Add a note to the room's latest session; null when the room has none. */
  async add(roomId: string, seatId: string, text: string): Promise<ObserverNote | null> {
    const session = await this.prisma.session.findFirst({ where: { roomId }, orderBy: { ordinal: "desc" } });
    if (!session) return null;
    const note = await this.prisma.observerNote.create({ data: { sessionId: session.id, seatId, text } });
    return { id: note.id, sessionOrdinal: session.ordinal, text: note.text, at: note.createdAt.getTime() };
  }

  async forRoom(roomId: string): Promise<ObserverNote[]> {
    const notes = await this.prisma.observerNote.findMany({
      where: { session: { roomId } },
      orderBy: { createdAt: "asc" },
      include: { session: { select: { ordinal: true } } },
    });
    return notes.map((n) => ({ id: n.id, sessionOrdinal: n.session.ordinal, text: n.text, at: n.createdAt.getTime() }));
  }
}
