import type {
  ActionAck,
  ClientToServerEvents,
  EngineOptions,
  HistoryAck,
  IntentDraft,
  NextStep,
  NoteAck,
  PartnerRole,
  ReviewMark,
  Role,
  RoomEvent,
  ServerToClientEvents,
  SessionSummary,
} from "@repair-room/protocol";
import { parseLinkSecret, RoomSealer } from "@repair-room/protocol";
import { acknowledge, checkIn, intention, notQuite, partners, reflection, statement, thatsIt, unclearRound, understoodRound } from "@repair-room/protocol/testing";
import { io, type Socket } from "socket.io-client";
import type { RoomLinks } from "./start-page";

type SeatSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** What the session says, at the places a recap keeps. */
export interface SessionScript {
  checkInNote: string;
  agreedTrue: string;
  unclear: string;
  nextStep: { who: "partnerA" | "partnerB" | "both"; what: string; byWhen: string };
  practice: string;
  appreciations: { partnerA: string; partnerB: string };
  coachNote: string;
}

export const sampleScript: SessionScript = {
  checkInNote: "My stomach is in knots",
  agreedTrue: "We both wanted a good evening",
  unclear: "Whether family dinners feel too much",
  nextStep: { who: "both", what: "Talk about the next family dinner", byWhen: "2026-11-29" },
  practice: "Either of us can say 'pause' at dinner",
  appreciations: { partnerA: "You listened twice until you got it", partnerB: "You told me how it felt, gently" },
  coachNote: "Alex softened after the pause.",
};

/**
 * Drives a whole session to Closed through the room's real sockets, in a second or two, so a
 * test can spend its browser time on what it checks (the recap), not on typing a session.
 * The Playwright runner is the client here: no page, so no origin to guard.
 */
export class SessionDriver {
  /** The current session's draft version, as partner A's socket has heard it: an approval must name it. */
  private draftVersion = 1;
  /** The last seq partner A's socket has received. */
  private heardSeq = 0;
  private constructor(
    private readonly seats: Record<Role, SeatSocket>,
    /** The deployment's numbers of the method, as the server's welcome gave them. */
    private readonly options: EngineOptions,
    /** Each seat's sealing, as its device would seal, when its link holds the room's keys. */
    private readonly sealers: Record<Role, RoomSealer | null>,
  ) {
    seats.partnerA.on("events", (events: RoomEvent[]) => {
      for (const event of events) {
        this.heardSeq = Math.max(this.heardSeq, event.seq);
        // Each session's draft starts again at version 1.
        if (event.type === "session.opened") this.draftVersion = 1;
        if (event.type === "agreements.edited" || event.type === "agreements.appreciated") this.draftVersion = event.version;
      }
    });
  }

  static async connect(baseURL: string, links: RoomLinks): Promise<SessionDriver> {
    let options: EngineOptions | null = null;
    const open = (link: string) =>
      new Promise<SeatSocket>((resolve, reject) => {
        const url = new URL(link);
        const socket: SeatSocket = io(baseURL, {
          auth: { roomId: url.pathname.split("/").at(-1) ?? "", token: parseLinkSecret(url.hash.slice(1)).token, lastSeq: 0 },
          transports: ["websocket"],
          reconnection: false,
          forceNew: true,
        });
        socket.once("welcome", (welcome) => {
          options = welcome.options;
          resolve(socket);
        });
        socket.once("connect_error", (error) => reject(error));
      });
    const [partnerA, partnerB, observer] = await Promise.all([open(links.partnerA), open(links.partnerB), open(links.observer)]);
    if (!options) throw new Error("no welcome");
    const sealer = (link: string) => {
      const { keys } = parseLinkSecret(new URL(link).hash.slice(1));
      return keys ? RoomSealer.create(keys) : null;
    };
    const [a, b, o] = await Promise.all([sealer(links.partnerA), sealer(links.partnerB), sealer(links.observer)]);
    return new SessionDriver({ partnerA, partnerB, observer }, options, { partnerA: a, partnerB: b, observer: o });
  }

  /** An action that must be accepted. */
  async act(role: Role, draft: IntentDraft): Promise<number> {
    const intent = { actionId: crypto.randomUUID(), ...draft };
    const sealer = this.sealers[role];
    const ack: ActionAck = await this.seats[role].timeout(10_000).emitWithAck("action", sealer ? await sealer.seal(intent.type, intent, role) : intent);
    if (!ack.ok) throw new Error(`${role} ${draft.type} refused: ${ack.code}`);
    return ack.seq;
  }

  async note(text: string): Promise<void> {
    const sealer = this.sealers.observer;
    const ack: NoteAck = await this.seats.observer.timeout(10_000).emitWithAck("note", sealer ? await sealer.seal("note", { text }, "observer") : { text });
    if (!ack.ok) throw new Error(`note refused: ${ack.code}`);
  }

  /**
   * From the lobby to Closed with something in every part of the recap: a check-in note, a
   * round understood on the second try, a round left unclear after three, a coach's pause,
   * a stop and a return, intentions, the agreement and appreciations, and a coach's note.
   */
  async closeSession(script: SessionScript = sampleScript): Promise<void> {
    await this.act("partnerA", { type: "lobby.firstSpeaker", speaker: "partnerB" });
    await this.act("partnerA", { type: "lobby.ready" });
    await this.act("partnerB", { type: "lobby.ready" });
    await this.act("partnerA", {
      type: "checkIn.submit",
      content: { feelings: [{ feeling: "hurt", intensity: 7 }, { feeling: "hopeful", intensity: 5 }], note: script.checkInNote },
    });
    await this.act("partnerB", checkIn("worried", ""));

    await this.act("partnerB", statement("At dinner I made a joke about your family", "embarrassed", ""));
    await this.act("partnerA", reflection("You joked", "happy"));
    await this.act("partnerB", notQuite("I felt embarrassed"));
    await this.act("partnerA", reflection("You joked about my family", "embarrassed"));
    await this.act("partnerB", thatsIt);

    await this.pause();
    await this.note(script.coachNote);
    await this.act("partnerA", { type: "session.leave" });
    await this.act("partnerA", { type: "session.return" });
    await this.act("partnerB", { type: "session.return" });

    // Every try the method allows, each "not quite": the point is carried to the recap as unclear.
    for (const [role, draft] of unclearRound("partnerA", this.options, "I felt small in front of everyone")) await this.act(role, draft);
    for (const p of partners) await this.act(p, { type: "share.moveOn" });

    await this.act("partnerA", intention("A calm evening", "My going quiet felt like a punishment", "Say when I need a moment"));
    await this.act("partnerB", intention("To make everyone laugh", "It made you the joke", "Ask before joking about your family"));
    await this.act("partnerA", acknowledge("", "stepHelps"));
    await this.act("partnerB", acknowledge("I hadn't seen how quiet you went. Thank you for telling me.", null));

    await this.act("partnerA", {
      type: "agreements.edit",
      baseVersion: this.draftVersion,
      content: { agreedTrue: script.agreedTrue, unclear: script.unclear, nextSteps: [script.nextStep], practice: script.practice },
    });
    await this.act("partnerA", { type: "agreements.appreciate", content: { text: script.appreciations.partnerA } });
    const seq = await this.act("partnerB", { type: "agreements.appreciate", content: { text: script.appreciations.partnerB } });
    await this.heard(seq);
    for (const p of partners) await this.act(p, { type: "agreements.approve", version: this.draftVersion });
  }

  /**
   * The room's current session from its lobby up to the start of `phase`, as briefly as its
   * route allows, Sam speaking first: a follow-up marks every look-back item as `review`
   * says; a short check-in (`shortCheckIn`) has no share and no intentions.
   */
  async reach(
    phase: "checkIn" | "share" | "intentions" | "agreements",
    { review, shortCheckIn = false }: { review?: Record<PartnerRole, ReviewMark[]>; shortCheckIn?: boolean } = {},
  ): Promise<void> {
    await this.act("partnerA", { type: "lobby.firstSpeaker", speaker: "partnerA" });
    for (const p of partners) await this.act(p, { type: "lobby.ready" });
    if (review) {
      for (const p of partners) {
        for (const [item, mark] of review[p].entries()) await this.act(p, { type: "review.mark", item, mark });
        await this.act(p, { type: "review.done" });
      }
    }
    if (phase === "checkIn") return;
    for (const p of partners) await this.act(p, checkIn("calm", "", 3));
    if (phase === "share" || shortCheckIn) return;
    for (const [role, draft] of [...understoodRound("partnerA"), ...understoodRound("partnerB")]) await this.act(role, draft);
    for (const p of partners) await this.act(p, { type: "share.moveOn" });
    if (phase === "intentions") return;
    for (const p of partners) await this.act(p, intention());
    for (const p of partners) await this.act(p, acknowledge());
  }

  /** Changes the agreements' draft (as Sam) to exactly these sections, once the room has it. */
  async agree(sections: { agreedTrue?: string; unclear?: string; nextSteps: NextStep[]; practice: string }): Promise<void> {
    const seq = await this.act("partnerA", {
      type: "agreements.edit",
      baseVersion: this.draftVersion,
      content: { agreedTrue: "", unclear: "", ...sections },
    });
    await this.heard(seq);
  }

  /** The current session to Closed, agreeing exactly `agreement` (see `reach` for the rest). */
  async closeWith({
    agreement,
    ...route
  }: {
    agreement: { nextSteps: NextStep[]; practice: string };
    review?: Record<PartnerRole, ReviewMark[]>;
    shortCheckIn?: boolean;
  }): Promise<void> {
    await this.reach("agreements", route);
    await this.agree(agreement);
    for (const p of partners) await this.act(p, { type: "agreements.approve", version: this.draftVersion });
  }

  /** Opens the room's next session, a follow-up of the given format. */
  async openFollowUp(format: "full" | "checkInOnly" = "full"): Promise<void> {
    await this.act("partnerA", { type: "session.openFollowUp", format });
  }

  /** The coach raises a 2-minute pause (seconds in these tests); both partners are ready once it may end. */
  private async pause(): Promise<void> {
    await this.act("observer", { type: "pause.raise", minutes: 2 });
    for (const p of partners) {
      // The server's clock decides when the minimum time is over: ask until it agrees.
      for (let tries = 0; ; tries++) {
        const ack: ActionAck = await this.seats[p].timeout(10_000).emitWithAck("action", { actionId: crypto.randomUUID(), type: "pause.ready" });
        if (ack.ok) break;
        if (ack.code !== "paused" || tries > 40) throw new Error(`${p} pause.ready refused: ${ack.code}`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  }

  /** Resolves once partner A's socket has received the events up to `seq` (they follow the ack). */
  private async heard(seq: number): Promise<void> {
    for (let waited = 0; this.heardSeq < seq; waited += 50) {
      if (waited > 10_000) throw new Error(`seq ${seq} never arrived`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** The room's sessions as stored, as partner A's seat reads them. */
  async history(): Promise<SessionSummary[]> {
    const ack: HistoryAck = await this.seats.partnerA.timeout(10_000).emitWithAck("history", {});
    if (!ack.ok) throw new Error(`history refused: ${ack.code}`);
    return ack.sessions;
  }

  close(): void {
    for (const socket of Object.values(this.seats)) socket.close();
  }
}
