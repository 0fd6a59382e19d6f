import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  formatLinkSecret,
  newRoomKey,
  RoomSealer,
  type HistoryAck,
  type IntentDraft,
  type NoteAck,
  type Role,
  type RoomKeys,
  type RoomState,
} from "@repair-room/protocol";
import { autopilot, inPhase, nextIntent, notQuite, partners, unclearRound } from "@repair-room/protocol/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../src/db/database.js";
import { migrate } from "../src/db/migrate.js";
import { RoomAuthority } from "../src/rooms/authority.js";
import { NotesStore } from "../src/rooms/notes-store.js";
import { RoomStore } from "../src/rooms/room-store.js";
import { buildServer, type RepairRoomServer } from "../src/server.js";
import { connectSeat, type SeatClient } from "./support/seat-client.js";
import { dbKind, freshDatabase, migrationsDir, type TestDatabase } from "./support/test-db.js";
import { unlimited } from "./support/test-server.js";

/**
 * Sealed on the device: a whole session and a follow-up through real sockets, every field
 * holding a word no one else uses, and not one of them in the database's files or dump, nor
 * in the server's most verbose log, while every seat of the room reads every one.
 */
describe(`a sealed room's words on ${dbKind}`, () => {
  let database: TestDatabase;
  let pgliteDir: string | null = null;
  let server: RepairRoomServer;
  let url: string;
  let log = "";
  let closeSeats = () => {};

  beforeAll(async () => {
    if (dbKind === "pglite") {
      // On disk, as `npm start` keeps it, so its files can be read afterwards.
      pgliteDir = mkdtempSync(join(tmpdir(), "rr-sealed-"));
      const db = await openDatabase({ kind: "pglite", dataDir: pgliteDir });
      await migrate(db.raw, migrationsDir);
      database = { db, drop: () => db.close() };
    } else {
      database = await freshDatabase();
    }
    server = await buildServer({
      authority: new RoomAuthority(new RoomStore(database.db)),
      notes: new NotesStore(database.db.prisma),
      roomsPerMinute: 10_000,
      limitRates: unlimited,
      logger: {
        level: "trace",
        stream: {
          write: (line: string) => {
            log += line;
          },
        },
      },
    });
    await server.app.listen({ port: 0, host: "127.0.0.1" });
    const address = server.app.server.address();
    url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(async () => {
    closeSeats();
    await server.app.close();
    await database.drop().catch(() => {});
    if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true });
  });

  it("keeps a point left unclear as lines the room joins from sealed words, which every seat opens in the recap", async () => {
    const keys: RoomKeys = { room: newRoomKey(), coach: newRoomKey() };
    const sealer = await RoomSealer.create(keys);
    const body = await sealer.seal("createRoom", { topic: "The party", partnerA: { name: "Robin" }, partnerB: { name: "Kit" } }, "partnerA");
    const response = await fetch(`${url}/api/rooms`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const { links } = (await response.json()) as { links: Record<Role, string> };
    const seats = { partnerA: await connectSeat(url, links.partnerA), partnerB: await connectSeat(url, links.partnerB) };
    try {
      const state = (): RoomState => seats.partnerA.timeline.state;
      const act = async (role: "partnerA" | "partnerB", draft: IntentDraft) => {
        const intent = { actionId: crypto.randomUUID(), ...draft };
        const ack = await seats[role].act(await sealer.seal(intent.type, intent, role));
        if (!ack.ok) throw new Error(`${role} ${intent.type} refused: ${ack.code}`);
        await Promise.all(Object.values(seats).map((s) => s.waitForSeq(ack.seq)));
      };
      await autopilotTo(state, "share", act);
      for (const [role, draft] of unclearRound("partnerA", undefined, "You left without a word")) await act(role, draft);
      await autopilotTo(state, "closed", act);
      const history: HistoryAck = await seats.partnerB.socket.timeout(10_000).emitWithAck("history", {});
      if (!history.ok) throw new Error(history.code);
      const stored = history.sessions[0]!.recap!;
      expect(stored.agreements.unclear).toMatch(/^~j1:/);
      expect((await (await RoomSealer.create({ room: keys.room })).open(stored)).agreements.unclear).toBe("Robin: You left without a word");
    } finally {
      for (const seat of Object.values(seats)) seat.close();
    }
  });

  it("keeps every word from the server, its database and its log, and gives every one to the room", async () => {
    // Words no one else writes: each can be looked for alone.
    let n = 0;
    const written: { word: string; coachOnly: boolean }[] = [];
    const marker = (coachOnly = false) => {
      const word = `quillmark${(++n).toString().padStart(3, "0")}x`;
      written.push({ word, coachOnly });
      return word;
    };
    const keys: RoomKeys = { room: newRoomKey(), coach: newRoomKey() };
    const sealers: Record<Role, RoomSealer> = {
      partnerA: await RoomSealer.create({ room: keys.room }),
      partnerB: await RoomSealer.create({ room: keys.room }),
      observer: await RoomSealer.create(keys),
    };

    const body = await sealers.partnerA.seal("createRoom", { topic: marker(), partnerA: { name: marker() }, partnerB: { name: marker() } }, "partnerA");
    const response = await fetch(`${url}/api/rooms`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    expect(response.status).toBe(201);
    const { links } = (await response.json()) as { links: Record<Role, string> };
    // The links the server answers with hold the token alone; the device adds the keys.
    for (const link of Object.values(links)) expect(link).not.toContain(keys.room);
    const seats = {} as Record<Role, SeatClient>;
    for (const role of ["partnerA", "partnerB", "observer"] as const) seats[role] = await connectSeat(url, links[role]);
    closeSeats = () => Object.values(seats).forEach((seat) => seat.close());
    const state = (): RoomState => seats.partnerA.timeline.state;

    /** Every string a person writes in `draft`, replaced by a marker. */
    const withMarkers = (draft: IntentDraft): IntentDraft => {
      const mark = (value: unknown, key = ""): unknown => {
        if (typeof value === "string") return ["feeling", "choice", "who", "byWhen", "type"].includes(key) || value === "" ? value : marker();
        if (Array.isArray(value)) return value.map((v) => mark(v, key === "feelings" ? "feelingItem" : key));
        if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, key === "feelingItem" && k === "feeling" ? v : mark(v, k)]));
        return value;
      };
      return "content" in draft && draft.content ? ({ ...draft, content: mark(draft.content) } as IntentDraft) : draft;
    };
    const act = async (role: Role, draft: IntentDraft) => {
      const intent = { actionId: crypto.randomUUID(), ...withMarkers(draft) };
      const ack = await seats[role].act(await sealers[role].seal(intent.type, intent, role));
      if (!ack.ok) throw new Error(`${role} ${intent.type} refused: ${ack.code} ${ack.message}`);
      await Promise.all(Object.values(seats).map((s) => s.waitForSeq(ack.seq)));
    };
    const note = async () => {
      const ack: NoteAck = await seats.observer.socket.timeout(10_000).emitWithAck("note", await sealers.observer.seal("note", { text: marker(true) }, "observer"));
      expect(ack.ok).toBe(true);
    };
    /** The partners' next steps until `phase`, one "not quite" with its clarification on the way. */
    let clarified = false;
    const until = async (phase: NonNullable<RoomState["session"]>["phase"]) => {
      for (const [role, draft] of autopilot(state, inPhase(phase))) {
        const s = state().session;
        if (!clarified && s?.phase === "share" && s.round.step === "confirming") {
          clarified = true;
          await act(role, notQuite("x"));
          continue;
        }
        if (s?.phase === "agreements" && draft.type === "agreements.approve" && s.draft.version === 1) {
          // Written together before approving: every section, a next step, both appreciations.
          const step = { who: "both", what: "x", byWhen: "2026-12-24" } as const;
          await act(role, { type: "agreements.edit", baseVersion: 1, content: { agreedTrue: "x", unclear: "x", nextSteps: [step], practice: "x" } });
          for (const p of partners) await act(p, { type: "agreements.appreciate", content: { text: "x" } });
          continue;
        }
        await act(role, draft);
      }
    };

    await act("partnerA", { type: "lobby.setTopic", content: { topic: "x" } });
    for (const p of partners) await act(p, { type: "lobby.setName", content: { name: "x" } });
    await note();
    await until("share");
    await note();
    await until("closed");
    // A follow-up: looking back on the step agreed, each appreciating the other.
    await act("partnerA", { type: "session.openFollowUp", format: "full" });
    await until("review");
    for (const p of partners) await act(p, { type: "review.appreciate", content: { text: "x" } });
    await until("closed");
    expect(nextIntent(state(), "partnerA")).toBeNull();

    const words = written.map((w) => w.word);
    expect(words.length).toBeGreaterThanOrEqual(40);

    // Every seat opens every word meant for it: the events it heard, and the stored recaps.
    for (const role of ["partnerA", "partnerB", "observer"] as const) {
      const seat = seats[role];
      const history: HistoryAck = await seat.socket.timeout(10_000).emitWithAck("history", {});
      expect(history.ok).toBe(true);
      const opened = JSON.stringify([
        await Promise.all(seat.received.map((e) => sealers[role].open(e, e.actor))),
        await sealers[role].open({ topic: seat.welcome.topic, names: seat.welcome.names }),
        history.ok ? await sealers[role].open(history.sessions) : null,
        await sealers[role].open(seat.notes),
      ]);
      const at = opened.indexOf("couldn't be opened");
      expect(at, `${role}: ${opened.slice(Math.max(0, at - 300), at + 50)}`).toBe(-1);
      for (const { word, coachOnly } of written) {
        if (coachOnly && role !== "observer") expect(opened, `${role}: ${word}`).not.toContain(word);
        else expect(opened, `${role}: ${word}`).toContain(word);
      }
    }
    // Nothing of it in the database, read whole (PGlite's files once it has closed).
    closeSeats();
    const stored = dbKind === "postgres" ? pgDump((database.db.target as { url: string }).url) : await filesOf(database, pgliteDir!);
    expect(stored.length).toBeGreaterThan(10_000);
    expect(stored).toContain("session.closed"); // the dump really holds the room
    for (const word of words) expect(stored, word).not.toContain(word);
    // Nor in the log, at its most verbose.
    expect(log).toContain("/api/rooms");
    for (const word of words) expect(log, word).not.toContain(word);
    expect(log).not.toContain(keys.room);

    // A device that holds only the links the server made (no keys) reads none of it.
    const raw = JSON.stringify(seats.partnerB.raw);
    for (const word of words) expect(raw).not.toContain(word);
    expect(formatLinkSecret({ token: "t", keys })).toContain(keys.coach);
  });
});

/** Each partner's next step until the session is in `phase`. */
async function autopilotTo(
  state: () => RoomState,
  phase: NonNullable<RoomState["session"]>["phase"],
  act: (role: "partnerA" | "partnerB", draft: IntentDraft) => Promise<void>,
): Promise<void> {
  for (const [role, draft] of autopilot(state, inPhase(phase))) await act(role, draft);
}

/** The whole database as `pg_dump` writes it. */
function pgDump(databaseUrl: string): string {
  return execFileSync("pg_dump", ["--no-owner", databaseUrl], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
}

/** Every file of a PGlite data folder, as text, once the database has closed and written them. */
async function filesOf(database: TestDatabase, dir: string): Promise<string> {
  await database.db.close();
  database.drop = async () => {};
  const all: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else all.push(readFileSync(path).toString("latin1"));
    }
  };
  walk(dir);
  return all.join("\n");
}
