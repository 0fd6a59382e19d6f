import { newRoomKey, RoomSealer, textLimits, unopenedWords, type RoomEvent } from "@repair-room/protocol";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MemoryStorage } from "../test-support/memory-storage";
import { RoomConnection, type RoomSocket, type RoomView } from "./room-connection";
import { event, FakeSocket, oldToken, roomId, welcome } from "./room-connection.fixture";

/**
 * A sealed room as a device lives it, against a server that may be anything: the device seals
 * what it sends, opens what comes, and shows "couldn't be opened" for anything the room's key
 * does not vouch for where it stands (a swapped field, a partner's words in the other's place,
 * words from another room), never someone else's words and never a cipher.
 */
const roomKey = newRoomKey();
let connection: RoomConnection | null = null;
/** The seal of the topic the room holds, as the last `sealedRoom` made it. */
let topicSealed = "";
afterEach(() => connection?.close());

async function sealedRoom() {
  const other = await RoomSealer.create({ room: roomKey });
  const made = await other.seal("createRoom", { topic: "The holidays", partnerA: { name: "Sam" }, partnerB: { name: "Alex" } }, "partnerA");
  topicSealed = made.topic;
  const created = event({ type: "room.created", topic: made.topic, names: { partnerA: made.partnerA.name, partnerB: made.partnerB.name }, seq: 1, actor: null });
  const opened = event({ type: "session.opened", ordinal: 1, kind: "first", seq: 2, actor: null });
  const toShare = [3, 4].map((seq) => event({ type: "phase.started", phase: seq === 3 ? "checkIn" : "share", seq, actor: "partnerB" }));
  const { socket: s, view, conn } = started(`${oldToken}.${roomKey}`);
  s.fire("welcome", { ...welcome([created, opened, toShare[0]!, toShare[1]!]), topic: made.topic, names: created.type === "room.created" ? created.names : {} });
  await vi.waitFor(() => expect(view()?.status).toBe("open"));
  return { socket: s, view: () => view()!, conn, other };
}

/** A started connection for a link whose fragment is `fragment`, on a fake socket that is connected. */
function started(fragment: string) {
  let socket: FakeSocket | null = null;
  let view: RoomView | null = null;
  connection = new RoomConnection({
    roomId,
    token: fragment,
    pendingStore: new MemoryStorage(),
    outboxStore: new MemoryStorage(),
    onChange: (next) => (view = next),
    connect: (auth) => {
      socket = new FakeSocket(auth);
      socket.connected = true;
      return socket as unknown as RoomSocket;
    },
    makeActionId: () => "action-1",
  });
  connection.start();
  return { socket: socket as unknown as FakeSocket, view: () => view, conn: connection };
}

const shareState = (happened: string, felt: string) => ({ actionId: "x", type: "share.state", content: { happened, felt, needed: "" } }) as const;

describe("a sealed room, on the device", () => {
  it("opens the room's names and topic, and sends only sealed words and never the key", async () => {
    const { socket, view, conn } = await sealedRoom();
    expect(view().timeline.state.names).toEqual({ partnerA: "Sam", partnerB: "Alex" });
    expect(view().timeline.state.topic).toBe("The holidays");
    expect(JSON.stringify(socket.authSent())).not.toContain(roomKey);
    expect(socket.authSent().token).toBe(oldToken);

    conn!.act({ type: "share.state", content: { happened: "You left the party early", felt: "alone", needed: "" } });
    await vi.waitFor(() => expect(socket.emittedOf("action")).toHaveLength(1));
    const sent = JSON.stringify(socket.emittedOf("action")[0]!.payload);
    expect(sent).not.toContain("party");
    expect(sent).not.toContain("alone");
    expect(sent).not.toContain(roomKey);
    expect(sent).toContain("~s1:a:happened:");
  });

  it("checks the words itself before sealing, and answers as the server would have, sending nothing", async () => {
    const { socket, view, conn } = await sealedRoom();
    const answers: unknown[] = [];
    conn!.act({ type: "share.state", content: { happened: "x".repeat(textLimits.statementPart + 1), felt: "sad", needed: "" } }, (ack) => answers.push(ack));
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    expect(answers[0]).toMatchObject({ ok: false, code: "too_long", field: "content.happened" });
    expect(socket.emittedOf("action")).toHaveLength(0);
    expect(view().outbox).toHaveLength(0);
  });

  it("answers at once when it cannot seal, rather than leaving the person waiting", async () => {
    const { socket, conn } = await sealedRoom();
    // A link with the room key only (a partner's) holds no key for a coach's notes.
    const ack = await conn!.addNote("They listened well.");
    expect(ack).toMatchObject({ ok: false, code: "invalid_input", message: expect.stringMatching(/no key for a coach/) });
    expect(socket.emittedOf("note")).toHaveLength(0);
  });

  it("turns a link that lost its key away from a sealed room, before anything typed could go plain", async () => {
    const other = await RoomSealer.create({ room: roomKey });
    const made = await other.seal("createRoom", { topic: "The holidays", partnerA: { name: "Sam" }, partnerB: { name: "Alex" } }, "partnerA");
    const created = event({ type: "room.created", topic: made.topic, names: { partnerA: made.partnerA.name, partnerB: made.partnerB.name }, seq: 1, actor: null });
    // The key cut short on its way: the page reads the link as one from before sealing.
    const { socket: s, view: seen, conn } = started(`${oldToken}.${roomKey.slice(0, 20)}`);
    conn.act({ type: "lobby.ready" });
    s.fire("welcome", { ...welcome([created]), topic: made.topic, names: { partnerA: made.partnerA.name, partnerB: made.partnerB.name } });
    s.fire("disconnect", "io client disconnect");
    const view = seen()!;
    expect(view.status).toBe("refused");
    expect(view.refusal?.message).toMatch(/missing the end of its key/);
    expect(s.disconnects).toBeGreaterThan(0);
    expect(s.emittedOf("action")).toHaveLength(0);
    expect(JSON.stringify(view.timeline.state)).not.toContain("~s1:");
  });

  it("confirms deleting the room with the seal the room holds for its topic, when the words typed match", async () => {
    const { socket, conn } = await sealedRoom();
    void conn!.deleteRoom("The holidays");
    await vi.waitFor(() => expect(socket.emittedOf("deleteRoom")).toHaveLength(1));
    const sent = socket.emittedOf("deleteRoom")[0]!.payload as { confirmTopic: string };
    expect(sent.confirmTopic).toBe(topicSealed);
    void conn!.deleteRoom("Another topic");
    await vi.waitFor(() => expect(socket.emittedOf("deleteRoom")).toHaveLength(2));
    const wrong = socket.emittedOf("deleteRoom")[1]!.payload as { confirmTopic: string };
    expect(wrong.confirmTopic).toMatch(/^~s1:r:topic:/);
    expect(wrong.confirmTopic).not.toBe(topicSealed);
  });

  it("keeps hearing the room after something that could not be opened", async () => {
    const { socket, view } = await sealedRoom();
    socket.fire("events", "not a list of events");
    socket.fire("events", [event({ type: "share.movedOn", seq: 5, actor: "partnerA" })]);
    await vi.waitFor(() => expect(view().timeline.state.seq).toBe(5));
  });

  it("shows 'couldn't be opened' for words swapped between fields, put in the other partner's place, or brought from another room", async () => {
    const { socket, view, other } = await sealedRoom();
    const sam = await RoomSealer.create({ room: roomKey });
    const real = (await sam.seal("share.state", shareState("You left the party early", "alone"), "partnerA")).content;
    const elsewhere = (await (await RoomSealer.create({ room: newRoomKey() })).seal("share.state", shareState("Another couple's words", "angry"), "partnerA")).content;
    const alexWords = (await other.seal("share.state", shareState("Alex's own words", "tired"), "partnerB")).content;

    const stated = (content: object, seq: number): RoomEvent => event({ type: "share.stated", content, seq, actor: "partnerA" });
    socket.fire("events", [stated({ happened: real.felt, felt: real.happened, needed: "" }, 5)]);
    await vi.waitFor(() => expect(view().timeline.state.seq).toBe(5));
    const round = () => (view().timeline.state.session as { round: { statement: { happened: string; felt: string } | null } }).round;
    expect(round().statement).toMatchObject({ happened: unopenedWords, felt: unopenedWords });

    for (const [content, seq] of [
      [{ happened: alexWords.happened, felt: alexWords.felt, needed: "" }, 5],
      [{ happened: elsewhere.happened, felt: elsewhere.felt, needed: "" }, 5],
      [{ happened: "Plain words the server made up", felt: "nothing", needed: "" }, 5],
    ] as const) {
      const { conn: fresh, socket: line, view: seen } = await sealedRoom();
      line.fire("events", [stated(content, seq)]);
      await vi.waitFor(() => expect(seen().timeline.state.seq).toBe(5));
      const shown = JSON.stringify(seen().timeline.state);
      expect(shown).toContain(unopenedWords);
      for (const words of ["Alex's own words", "Another couple", "Plain words"]) expect(shown).not.toContain(words);
      fresh?.close();
    }

    // The honest event opens.
    const { socket: line, view: seen } = await sealedRoom();
    line.fire("events", [stated(real, 5)]);
    await vi.waitFor(() => expect(seen().timeline.state.seq).toBe(5));
    expect(JSON.stringify(seen().timeline.state)).toContain("You left the party early");
  });
});
