import {
  deleteRoomSchema,
  fillNameSlots,
  intentSchema,
  isSealed,
  observerNoteInputSchema,
  parseOrRefuse,
  refusal,
  type ObserverNote,
  type Refusal,
  type Role,
  type RoomEvent,
  type RoomSealer,
  type SessionSummary,
  type Welcome,
} from "@repair-room/protocol";
import type { RoomSocket } from "./transport";

type Handler = (...args: never[]) => void;
type Ack = (error: Error | null, answer: unknown) => void;

/**
 * What a page sends that holds words, with the schema the server used to check them: the
 * device checks them now, before sealing, and answers a failure itself.
 */
const checkedBeforeSealing = { action: intentSchema, note: observerNoteInputSchema, deleteRoom: deleteRoomSchema } as const;
type Sealed = keyof typeof checkedBeforeSealing;

/** What the room sends that holds words, or must keep its order behind what does. */
const inOrder = new Set(["welcome", "events", "notes", "presence", "typing", "latest"]);

/**
 * A room's socket as the layers above see it when the link holds the room's key: whatever it
 * sends is checked and sealed first (sealing only what a person wrote, as the server must
 * still read the rest), whatever comes back is opened before anyone hears of it, in the order
 * it came. The layers above (transport, timeline, side requests) read and write plain words
 * and never know: the words are sealed on this device and opened on this device only.
 *
 * What the device checks now that the server cannot (length, invisible-only, control
 * characters) it checks here with the same schemas, and answers a failure itself, exactly
 * as the server would have.
 */
export function sealedSocket(socket: RoomSocket, sealing: Promise<RoomSealer>): RoomSocket {
  /** The seat this socket was welcomed as: the author of what it seals. */
  let role: Role | null = null;
  /** What arrived, opened one after the other so nothing overtakes what came before it. */
  let queue: Promise<void> = Promise.resolve();
  /** Bumped on every drop: what was queued before it belongs to a line that is gone. */
  let line = 0;
  socket.on("disconnect", () => {
    line += 1;
  });

  /**
   * The room's topic as the room holds it now, sealed and opened: deleting the room is
   * confirmed with this very seal when the words typed match (another seal of the same words,
   * made elsewhere or earlier, would not match on the server).
   */
  let topic: { sealed: string; text: string } | null = null;
  const noteTopic = (sealed: unknown, text: unknown) => {
    if (typeof sealed === "string" && typeof text === "string") topic = { sealed, text };
  };

  const open = {
    welcome: async (w: Welcome): Promise<Welcome> => {
      role = w.role;
      const { missed, ...rest } = w;
      const opened = { ...(await (await sealing).open(rest)), missed: await openEvents(missed) };
      noteTopic(w.topic, opened.topic);
      return opened;
    },
    events: (events: RoomEvent[]) => openEvents(events),
    notes: async (notes: ObserverNote[]) => (await sealing).open(notes),
  };
  const openEvents = async (events: readonly RoomEvent[]) => {
    const sealer = await sealing;
    const opened = await Promise.all(events.map((e) => sealer.open(e, e.actor)));
    events.forEach((e, i) => {
      const o = opened[i]!;
      if (e.type === "lobby.topicSet" && o.type === "lobby.topicSet") noteTopic(e.content.topic, o.content.topic);
      if (e.type === "room.created" && o.type === "room.created") noteTopic(e.topic, o.topic);
    });
    return opened;
  };

  const on = (event: string, handler: Handler) => {
    if (!inOrder.has(event)) return socket.on(event as never, handler as never);
    return socket.on(event as never, ((payload: unknown) => {
      const at = line;
      queue = queue
        .then(async () => {
          const opener = open[event as keyof typeof open] as ((p: unknown) => Promise<unknown>) | undefined;
          const opened = opener ? await opener(payload) : payload;
          if (at === line) (handler as (p: unknown) => void)(opened);
        })
        // Something that could not be opened (malformed, not what the protocol sends) is
        // dropped: what comes after it is still heard. A gap it leaves is filled by a sync.
        .catch(() => {});
    }) as never);
  };

  /** Seal `payload` for `event` and send it, then open the answer; a failed check answers here. */
  const send = async (timeoutMs: number | null, event: string, payload: unknown, ack: Ack) => {
    // A page that cannot seal (no key for this, no WebCrypto) says so rather than waiting forever.
    const prepared = await prepare(event, payload).catch((error: unknown) => ({
      refused: refusal("invalid_input", undefined, error instanceof Error ? error.message : "This page could not seal what you wrote."),
    }));
    if ("refused" in prepared) return ack(null, prepared.refused);
    if (!socket.connected) return ack(new Error("offline"), undefined);
    const answer: Ack = (error, reply) => {
      if (error) return ack(error, reply);
      void answerOpened(event, reply).then(
        (opened) => ack(null, opened),
        () => ack(null, refusal("internal")),
      );
    };
    const target = timeoutMs === null ? socket : socket.timeout(timeoutMs);
    (target.emit as (e: string, p: unknown, cb: unknown) => void)(
      event,
      prepared.payload,
      timeoutMs === null ? (reply: unknown) => answer(null, reply) : answer,
    );
  };

  const prepare = async (event: string, payload: unknown): Promise<{ payload: unknown } | { refused: Refusal }> => {
    const schema = checkedBeforeSealing[event as Sealed];
    if (!schema) return { payload };
    const parsed = parseOrRefuse(schema, payload);
    if (!parsed.ok) return { refused: parsed };
    const message = parsed.value as { type?: string; confirmTopic?: string };
    const current = topic as { sealed: string; text: string } | null;
    if (event === "deleteRoom" && current && current.text.trim() === message.confirmTopic) return { payload: { confirmTopic: current.sealed } };
    return { payload: await (await sealing).seal(event === "action" ? message.type! : event, message, role ?? "partnerA") };
  };

  const answerOpened = async (event: string, reply: unknown): Promise<unknown> => {
    const answer = reply as { ok?: boolean; events?: RoomEvent[]; note?: ObserverNote; sessions?: SessionSummary[] };
    if (!answer?.ok) return reply;
    if (event === "sync" && answer.events) return { ...answer, events: await openEvents(answer.events) };
    if (event === "note" && answer.note) return { ...answer, note: await (await sealing).open(answer.note) };
    if (event === "history" && answer.sessions) return { ...answer, sessions: await Promise.all(answer.sessions.map(openSession)) };
    return reply;
  };

  /** A closed session's recap and notes, its stored sentences with the names put in. */
  const openSession = async (session: SessionSummary): Promise<SessionSummary> => {
    const opened = await (await sealing).open(session);
    const recap = opened.recap;
    if (!recap) return opened;
    return { ...opened, recap: { ...recap, timeline: recap.timeline.map((t) => ({ ...t, text: fillNameSlots(t.text, recap.names) })) } };
  };

  const emit = (event: string, ...args: unknown[]) => {
    const ack = typeof args.at(-1) === "function" ? (args.pop() as (reply: unknown) => void) : null;
    // Words never leave unsealed, whichever way they are sent.
    if (!ack && !(event in checkedBeforeSealing)) return (socket.emit as (...a: unknown[]) => unknown)(event, ...args);
    void send(null, event, args[0], (error, reply) => (error ? undefined : ack?.(reply)));
    return wrapped;
  };

  const wrapped = overriding(socket, {
    on,
    emit,
    timeout: (ms: number) => ({
      emit: (event: string, payload: unknown, ack: Ack) => {
        void send(ms, event, payload, ack);
      },
    }),
  });
  return wrapped;
}

/**
 * A room's socket when the link holds no key: a room made before sealing, whose words are
 * plain. If the room turns out to be sealed (its topic or names are), the link lost its key on
 * the way (cut short, copied in part): it is turned away here, before ciphers could be shown
 * or anything typed sent in plain.
 */
export function keylessSocket(socket: RoomSocket): RoomSocket {
  const closing: Handler[] = [];
  const on = (event: string, handler: Handler) => {
    if (event === "closing") closing.push(handler);
    if (event !== "welcome") return socket.on(event as never, handler as never);
    return socket.on("welcome", (w: Welcome) => {
      if (![w.topic, w.names.partnerA, w.names.partnerB].some(isSealed)) return (handler as (w: Welcome) => void)(w);
      for (const h of closing) (h as (r: Refusal) => void)(missingKey);
      socket.disconnect();
    });
  };
  return overriding(socket, { on });
}

/** `socket` with some of its methods replaced; everything else is the socket's own. */
function overriding(socket: RoomSocket, overrides: Record<string, unknown>): RoomSocket {
  return new Proxy(socket, {
    get(target, property, receiver) {
      if (typeof property === "string" && property in overrides) return overrides[property];
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === "function" ? (value as Handler).bind(target) : value;
    },
  }) as RoomSocket;
}

const missingKey = refusal(
  "invalid_link",
  undefined,
  "This link is missing the end of its key, so the words in this room can't be opened here. Please copy the whole link again: everything after the “#”.",
);
