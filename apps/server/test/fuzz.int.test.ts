import { randomBytes } from "node:crypto";
import { Agent, request as httpRequestRaw } from "node:http";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import {
  actionAckSchema,
  errorCodes,
  handshakeSchema,
  historyAckSchema,
  noteAckSchema,
  refusalSchema,
  syncAckSchema,
  type Role,
} from "@repair-room/protocol";
import fc from "fast-check";
import { io } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  alwaysAllowed,
  decodeWire,
  describePacket,
  expectationOf,
  httpMayCreate,
  packet as packetArbitrary,
  type EmitPacket,
  type Expectation,
  type HandshakePacket,
  type HttpPacket,
  type Packet,
  type TerminalPacket,
  type WirePacket,
} from "./support/fuzz-packets.js";
import { connectSeat, parseLink, type SeatClient } from "./support/seat-client.js";
import { dbKind } from "./support/test-db.js";
import { startTestServer, type TestServer } from "./support/test-server.js";

/**
 * Issue [8]: hostile packets against every client event and the HTTP routes, from a seed
 * that is printed so a failure can be replayed (`FUZZ_SEED=<seed>`; `FUZZ_PACKETS=<n>` to
 * change the count). The server must not crash, leave no promise rejected unhandled, answer
 * every refusal as typed data to the sender alone, change no row for a refused packet, and
 * keep its memory flat.
 *
 * Packets are sent in rounds. A "pure" round holds only packets that must change nothing
 * (the oracle in fuzz-packets.ts says which): the whole database must read the same after
 * it, and the partners and observer of each room must have heard nothing. A "mixed" round
 * holds packets the room may accept; there every new row and every message the others hear
 * must be judged packet by packet: a refused one changes nothing and reaches nobody, an
 * accepted one appends the rows its ack names and the others hear exactly those. HTTP rounds
 * run alone, so a row count there belongs to them. Socket packets go out on extra sockets of
 * each seat (a second tab); the test server's rate limits are out of reach (test-server.ts),
 * so the packets meet the validators, and a `rate_limited` answer would still have to be typed.
 */

const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : randomBytes(4).readUInt32BE() >>> 1;
const packetCount = Number(process.env.FUZZ_PACKETS ?? 10_000);
const roomCount = 20;
/** Socket packets per room per round. */
const perRoom = 40;
const httpPerRound = 160;
const answerTimeoutMs = 10_000;
/** Generous: only a leak that grows with the packets passes it. */
const heapGrowthLimitMb = 50;
const refusedCodes = ["internal", "unavailable"];
const roles: Role[] = ["partnerA", "partnerB", "observer"];

interface Failure {
  count: number;
  example: string;
  answer: string;
}

describe(`hostile packets on ${dbKind}`, () => {
  let server: TestServer;
  const failures = new Map<string, Failure>();
  const serverErrors = new Map<string, number>();
  const unhandled: unknown[] = [];
  /** Every room's sockets, closed however the test ends. */
  const opened: Lane[] = [];
  const onUnhandled = (reason: unknown) => void unhandled.push(reason);
  const gc = exposeGc();

  function fail(kind: string, packet: unknown, answer: unknown): void {
    const example = describePacket(packet);
    const seen = failures.get(kind);
    if (!seen) failures.set(kind, { count: 1, example, answer: describePacket(answer) });
    else {
      seen.count++;
      if (example.length < seen.example.length) Object.assign(seen, { example, answer: describePacket(answer) });
    }
  }

  beforeAll(async () => {
    process.on("unhandledRejection", onUnhandled);
    process.on("uncaughtException", onUnhandled);
    server = await startTestServer();
    // The server logs what it did not expect; the report names it (the log is off in tests).
    const log = server.app.log as unknown as { error: (...args: unknown[]) => void };
    log.error = (obj: unknown, msg?: unknown) => {
      const err = (obj as { err?: { message?: string; code?: string } })?.err;
      const line = `${String(msg ?? "")}: ${err?.code ?? ""} ${String(err?.message ?? obj).split("\n").find((l) => l.trim()) ?? ""}`.slice(0, 240);
      serverErrors.set(line, (serverErrors.get(line) ?? 0) + 1);
    };
  });
  afterAll(async () => {
    for (const lane of opened.splice(0)) lane.close();
    process.off("unhandledRejection", onUnhandled);
    process.off("uncaughtException", onUnhandled);
    await server?.close();
  });

  it(`answers ${packetCount} hostile packets with typed refusals to the sender only, changing nothing`, { timeout: 600_000 }, async () => {
    const started = Date.now();
    console.log(`fuzz on ${dbKind}: seed ${seed}, ${packetCount} packets. Replay: FUZZ_SEED=${seed} FUZZ_PACKETS=${packetCount}`);
    const packets = fc.sample(packetArbitrary, { seed, numRuns: packetCount });

    const stats = new Map<string, number>();
    const count = (key: string) => stats.set(key, (stats.get(key) ?? 0) + 1);
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
    const expectations = new WeakMap<Packet, Judged>();
    /** How many times a round's failure is traced to its packet (each costs a few seconds). */
    let bisections = 5;

    // ---- The rooms, each with its three seats listening ---------------------------------------
    const lanes = await Promise.all(Array.from({ length: roomCount }, (_, i) => openLane(i)));
    const spare = await server.createRoom();
    const revoked = await revokedLink();
    const tables = (await server.database.db.raw.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1",
    )).map((t) => t.name);
    const roomRowsSql = roomRowsQuery(
      tables,
      await server.database.db.raw.query<{ t: string; c: string }>(
        "SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE table_schema = 'public' AND column_name IN ('room_id', 'session_id')",
      ),
    );

    // ---- The packets, sorted into rounds -----------------------------------------------------
    const queues = { pure: [] as Packet[], mixed: [] as Packet[], terminal: [] as TerminalPacket[], handshake: [] as HandshakePacket[], http: [] as HttpPacket[] };
    for (const p of packets) {
      if (p.kind === "terminal") queues.terminal.push(p);
      else if (p.kind === "handshake") queues.handshake.push(p);
      else if (p.kind === "http") queues.http.push(p);
      else (judgedOf(p).mayChange ? queues.mixed : queues.pure).push(p);
    }

    const schedule = interleave({
      pure: Math.max(Math.ceil(queues.pure.length / (roomCount * perRoom)), Math.ceil(queues.terminal.length / (roomCount * 3))),
      mixed: Math.ceil(queues.mixed.length / (roomCount * perRoom)),
      http: Math.ceil(queues.http.length / httpPerRound),
    });
    const handshakesPerRound = Math.ceil(queues.handshake.length / Math.max(1, schedule.filter((k) => k === "pure").length));
    console.log(
      `fuzz: ${queues.pure.length} socket packets that must change nothing, ${queues.mixed.length} the room may accept, ${queues.terminal.length} that may close their socket, ` +
        `${queues.handshake.length} handshakes, ${queues.http.length} HTTP requests; ${schedule.length} rounds`,
    );

    // Every packet is held until the last figure, so the heap's growth is what the run left behind.
    const heap: number[] = [];
    heap.push(heapMb());
    for (const [i, kind] of schedule.entries()) {
      const t0 = Date.now();
      if (kind === "http") await httpRound(queues.http.splice(0, httpPerRound));
      else await socketRound(kind, handshakesPerRound);
      if (process.env.FUZZ_VERBOSE) console.log(`fuzz: round ${i} (${kind}) ${Date.now() - t0} ms`);
      // Never crashed: the process is this one, and it still answers.
      const health = await fetch(`${server.url}/api/health`).then(async (r) => [r.status, await r.json()] as const, (e: Error) => [0, e.message] as const);
      if (health[0] !== 200) fail("health check failed", { round: i }, health);
      if (i === Math.floor(schedule.length / 10)) heap.push(heapMb());
    }
    // Measured with the rooms' sockets still open, as after the warm-up.
    heap.push(heapMb());
    for (const lane of opened.splice(0)) lane.close();

    // ---- The report ----------------------------------------------------------------------------
    const [atStart, afterWarmUp, atEnd] = heap as [number, number, number];
    const growth = atEnd - afterWarmUp;
    console.log(
      `fuzz on ${dbKind}: ${packets.length} packets (seed ${seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s; heap after GC ${atStart.toFixed(1)} MB at the start, ` +
        `${afterWarmUp.toFixed(1)} MB after warm-up, ${atEnd.toFixed(1)} MB at the end (growth ${growth.toFixed(1)} MB, limit ${heapGrowthLimitMb} MB${gc ? "" : ", no GC exposed"})`,
    );
    console.log(`fuzz answers: ${[...stats].sort().map(([k, n]) => `${k} ${n}`).join(", ")}`);
    if (serverErrors.size > 0) console.log(`fuzz: the server logged\n${[...serverErrors].map(([l, n]) => `  ${n}× ${l}`).join("\n")}`);
    const report = [...failures].map(([kind, f]) => `${kind} (${f.count}×): ${f.example} → ${f.answer}`);
    if (report.length > 0) console.log(`fuzz failures (seed ${seed}):\n${report.map((l) => `  ${l}`).join("\n")}`);

    expect(unhandled.map(String), "unhandled rejections or exceptions").toEqual([]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort(), "Object.prototype was polluted").toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(report, `seed ${seed}`).toEqual([]);
    const answered = [...stats].filter(([k]) => k.startsWith("answer ")).reduce((n, [, v]) => n + v, 0);
    const limited = [...stats].filter(([k]) => k.endsWith(" rate_limited")).reduce((n, [, v]) => n + v, 0);
    // The packets must reach the validators, not the rate limiter.
    expect(limited, `${limited} of ${answered} answers were rate_limited`).toBeLessThan(answered / 10);
    expect(growth, "heap growth in MB").toBeLessThan(heapGrowthLimitMb);

    // =============================================================================================

    function expect_(p: EmitPacket | WirePacket): Judged {
      const known = expectations.get(p);
      if (known) return known;
      const judged = judgedOf(p);
      expectations.set(p, judged);
      return judged;
    }

    function judgedOf(p: EmitPacket | WirePacket): Judged {
      if (p.kind === "emit") {
        const args = asReceived(p.args);
        return { ...expectationOf(p.role, p.event, args, p.ack), event: p.event, args, hasAck: p.ack };
      }
      const decoded = decodeWire(p.body);
      if (!decoded) throw new Error(`a wire packet that does not decode: ${p.body.slice(0, 80)}`);
      return { ...expectationOf(p.role, decoded.event, decoded.args, p.ack), ...decoded, hasAck: p.ack };
    }

    /** Judge one answer; returns whether it was an acceptance. */
    function judge(p: Packet, exp: Expectation & { event: string }, answer: unknown): boolean {
      const event = exp.event;
      if (answer === noAnswer) {
        count(`unanswered ${exp.answered ? "request" : "non-request"}`);
        if (exp.answered) fail(`${event}: no answer within ${answerTimeoutMs / 1000} s`, p, null);
        return false;
      }
      const a = answer as { ok?: unknown; code?: unknown };
      if (a === null || typeof a !== "object" || typeof a.ok !== "boolean") {
        fail(`${event}: an answer that is not { ok }`, p, answer);
        return false;
      }
      if (a.ok === false) {
        const code = String(a.code);
        count(`answer ${event} ${code}`);
        if (exp.textRule) count(`text rule (${ruleKind(exp.textRule)}) refused`);
        if (!refusalSchema.safeParse(answer).success || !(errorCodes as string[]).includes(code)) fail(`${event}: an untyped refusal`, p, answer);
        else if (refusedCodes.includes(code)) fail(`${event}: ${code} for a packet the sender made${exp.textRule ? ` (${ruleKind(exp.textRule)})` : ""}`, p, answer);
        else if (exp.refusalCodes !== "any" && ![...exp.refusalCodes, ...alwaysAllowed].includes(code)) {
          fail(`${event}: refused with ${code}, not ${exp.refusalCodes.join("/")}${exp.textRule ? ` (${ruleKind(exp.textRule)})` : ""}`, p, answer);
        }
        if (/\n\s+at |prisma|postgres|pglite|SELECT |INSERT |violates|syntax error/i.test(JSON.stringify(answer))) fail(`${event}: a refusal leaking internals`, p, answer);
        return false;
      }
      count(`answer ${event} ok`);
      if (exp.textRule) fail(`${event}: accepted text breaking a text rule (${ruleKind(exp.textRule)})`, p, answer);
      else if (!exp.valid || exp.refusalCodes !== "any") fail(`${event}: accepted a packet its schema refuses`, p, answer);
      const ackSchema = { action: actionAckSchema, sync: syncAckSchema, note: noteAckSchema, history: historyAckSchema }[event];
      if (ackSchema && !ackSchema.safeParse(answer).success) fail(`${event}: an acceptance that is not the protocol's ack`, p, answer);
      return true;
    }

    // ---- Socket rounds -----------------------------------------------------------------------

    async function socketRound(kind: "pure" | "mixed", handshakes: number): Promise<void> {
      if (kind === "mixed") {
        await Promise.all(lanes.map((lane) => mixedLane(lane, queues.mixed.splice(0, perRoom))));
        return;
      }
      const before = await snapshot();
      const work = lanes.map((lane) => lane.run(queues.pure.splice(0, perRoom), takeTerminals()));
      const shakes = queues.handshake.splice(0, handshakes).map((h, i) => handshake(h, lanes[i % lanes.length]!));
      const outcomes = await Promise.all(work);
      await Promise.all(shakes);
      // Everything the others were sent because of this round has reached them once each has had an answer since.
      await Promise.all(lanes.map((lane) => lane.barrier()));
      const after = await snapshot();

      for (const [i, lane] of lanes.entries()) {
        const outcome = outcomes[i]!;
        const heard = lane.heard();
        const b = before.rooms.get(lane.roomId)!;
        const a = after.rooms.get(lane.roomId)!;
        const changed = changedTables(b, a);
        if ([...heard.values()].some((m) => m.length > 0) || changed.length > 0) {
          // Find the packet that did it, sending the round's packets again one at a time.
          const found = bisections-- > 0 ? await lane.culprit(outcome.sent) : null;
          const what = found?.packet ?? outcome.sent;
          for (const [role, messages] of found ? found.heard : heard) {
            for (const m of messages) fail(`a refused packet reached another seat (${role} got "${m.name}")`, what, m.raw.slice(0, 300));
          }
          for (const table of found ? found.changed : changed) fail(`a refused packet changed the room's rows (${table})`, what, { lastSeq: [b.lastSeq, a.lastSeq] });
        }
      }
      if (after.global !== before.global) fail("refused packets changed rows", { round: "pure" }, tableDiff(before, after));
    }

    /**
     * Packets the room may accept, one at a time, each judged on its own: a refused one changes
     * no row and reaches no other seat; an accepted one appends the rows its ack names, and the
     * others hear exactly those (or its note, or its writing signal).
     */
    async function mixedLane(lane: Lane, chunk: Packet[]): Promise<void> {
      // Nothing else touches the room meanwhile: each packet's "after" is the next one's "before".
      let a = await roomRow(lane.roomId);
      for (const p of chunk) {
        if (p.kind !== "emit" && p.kind !== "wire") continue;
        const b = a;
        const outcome = await lane.run([p], []);
        await lane.barrier();
        a = await roomRow(lane.roomId);
        const heard = lane.heard();
        const rows =
          a.lastSeq === b.lastSeq
            ? []
            : await server.database.db.raw.query<{ seq: number; actionId: string | null }>(
                'SELECT seq, action_id AS "actionId" FROM event WHERE room_id = $1 AND seq > $2 ORDER BY seq',
                [lane.roomId, b.lastSeq],
              );
        const action = outcome.acceptedActions[0];
        if (action && action.seq > b.lastSeq) {
          // The last event of the action's batch carries its actionId; the ack names its seq.
          const expected = Array.from({ length: action.seq - b.lastSeq }, (_, i) => b.lastSeq + 1 + i);
          if (JSON.stringify(rows.map((r) => r.seq)) !== JSON.stringify(expected) || rows.at(-1)?.actionId !== action.actionId || rows.slice(0, -1).some((r) => r.actionId !== null)) {
            fail("an accepted action's rows are not the ones its ack names", p, { ack: action, rows });
          }
        } else {
          // Refused, or accepted without anything to record: not a row of the room changes, notes aside.
          if (rows.length > 0) fail(action ? "an accepted action that changed nothing appended rows" : "a refused packet appended events", p, rows);
          else {
            // An accepted action that changed nothing keeps its answer in a receipt; a note is its own row.
            const allowed = [...(action ? ["action_receipt"] : []), ...(outcome.acceptedNotes.length ? ["observer_note"] : [])];
            for (const table of changedTables(b, a).filter((t) => !allowed.includes(t))) {
              fail(action ? `an accepted action that changed nothing changed rows (${table})` : `a refused packet changed the room's rows (${table})`, p, { lastSeq: [b.lastSeq, a.lastSeq] });
            }
          }
        }
        if (a.notes - b.notes !== outcome.acceptedNotes.length) fail(outcome.acceptedNotes.length ? "an accepted note is not one row" : "a refused note was kept", p, { before: b.notes, after: a.notes });
        for (const [role, messages] of heard) {
          const seqs: number[] = [];
          const typing = [...outcome.validTyping];
          const notes: string[] = [];
          for (const m of messages) {
            if (m.name === "events") seqs.push(...(m.args[0] as { seq: number }[]).map((e) => e.seq));
            else if (m.name === "typing") {
              const t = m.args[0] as { role: string; active: boolean };
              const i = typing.findIndex((v) => v.role === t.role && v.active === t.active);
              if (i < 0) fail(`${role} heard a writing signal nobody validly sent`, p, m.raw);
              else typing.splice(i, 1);
            } else if (m.name === "notes" && role === "observer") notes.push(...(m.args[0] as { id: string }[]).map((n) => n.id));
            else fail(`a packet reached another seat (${role} got "${m.name}")`, p, m.raw.slice(0, 300));
          }
          if (JSON.stringify(seqs) !== JSON.stringify(rows.map((r) => r.seq))) fail(`${role} heard events other than the rows appended`, p, { heard: seqs, rows });
          if (typing.length > 0) fail(`${role} did not hear a valid writing signal`, p, typing);
          if (role === "observer" && JSON.stringify(notes) !== JSON.stringify(outcome.acceptedNotes)) fail("the observer heard notes other than the one accepted", p, { heard: notes, accepted: outcome.acceptedNotes });
        }
      }
    }

    // ---- One room: its seats listening, and short-lived senders on each seat ---------------------

    async function openLane(index: number): Promise<Lane> {
      const room = await server.createRoom();
      const links = { partnerA: room.links.partnerA, partnerB: room.links.partnerB, observer: room.links.observer };
      const witnesses = new Map<Role, SeatClient>();
      for (const role of roles) witnesses.set(role, await connectSeat(server.url, links[role]));
      const senders = new Map<Role, Sender>();
      let frameId = 900_000;

      /** A replacement sender being connected while the round finishes, so the next one need not wait for it. */
      const spares = new Map<Role, Promise<Sender | null>>();

      async function connectSender(role: Role): Promise<Sender> {
        const client = await connectSeat(server.url, links[role]);
        const pending = new Map<number, (answer: unknown) => void>();
        // Raw frames are answered as raw ACK frames, under ids socket.io-client never uses itself.
        client.socket.io.engine.on("message", (data: unknown) => {
          const m = typeof data === "string" ? /^3(\d+)(\[[\s\S]*)$/.exec(data) : null;
          if (!m) return;
          const resolve = pending.get(Number(m[1]));
          pending.delete(Number(m[1]));
          resolve?.((JSON.parse(m[2]!) as unknown[])[0]);
        });
        return { client, pending };
      }

      async function sender(role: Role): Promise<Sender> {
        const current = senders.get(role);
        if (current?.client.socket.connected) return current;
        current?.client.close();
        const spare = await spares.get(role);
        spares.delete(role);
        const fresh = spare?.client.socket.connected ? spare : await connectSender(role);
        senders.set(role, fresh);
        return fresh;
      }

      /** Start connecting the seat's next sender if this one was closed. */
      function prepare(role: Role): void {
        if (spares.has(role) || senders.get(role)?.client.socket.connected) return;
        spares.set(role, connectSender(role).catch(() => null));
      }

      /** Send one packet; resolves to its answer, `noAnswer` when none was due and none came. */
      function send(s: Sender, p: EmitPacket | WirePacket, exp: Expectation): Promise<unknown> {
        let resolve!: (answer: unknown) => void;
        const answer = new Promise<unknown>((r) => (resolve = r));
        if (p.kind === "emit") {
          const args: unknown[] = [...p.args];
          if (p.ack) args.push((a: unknown) => resolve(a));
          (s.client.socket.emit as (event: string, ...args: unknown[]) => void)(p.event, ...args);
        } else {
          const id = frameId++;
          if (p.ack) s.pending.set(id, resolve);
          s.client.socket.io.engine.send(`2${p.ack ? id : ""}${p.body}`);
        }
        if (!exp.answered) {
          // Nothing is due; an answer that comes anyway before the barrier is still judged.
          return (s.barrier ?? Promise.resolve()).then(() => Promise.race([answer, Promise.resolve(noAnswer)]));
        }
        return Promise.race([answer, delay(answerTimeoutMs).then(() => noAnswer)]);
      }

      async function runRole(role: Role, chunk: (EmitPacket | WirePacket)[], terminal: TerminalPacket | undefined, out: LaneOutcome): Promise<void> {
        if (chunk.length === 0 && !terminal) return;
        const s = await sender(role);
        let release!: () => void;
        s.barrier = new Promise<void>((r) => (release = r));
        const sent = chunk.map((p) => {
          const exp = expect_(p);
          return { p, exp, answer: send(s, p, exp) };
        });
        // The barrier: a request answered at once, after every packet before it was handled.
        await s.client.socket.timeout(answerTimeoutMs).emitWithAck("action", "barrier").catch(() => null);
        release();
        for (const { p, exp, answer } of sent) {
          const a = await answer;
          expectations.delete(p);
          const acceptedNow = judge(p, exp, a);
          if (!acceptedNow) continue;
          if (exp.event === "action") out.acceptedActions.push({ actionId: (exp.args[0] as { actionId: string }).actionId, seq: (a as { seq: number }).seq });
          if (exp.event === "note") out.acceptedNotes.push((a as { note: { id: string } }).note.id);
        }
        for (const { exp } of sent) {
          if (exp.event === "typing" && exp.mayChange) out.validTyping.push({ role, active: (exp.args[0] as { active: boolean }).active });
        }
        if (terminal) await sendTerminal(s, terminal);
        prepare(role);
      }

      async function sendTerminal(s: Sender, t: TerminalPacket): Promise<void> {
        const socket = s.client.socket;
        const closed = new Promise<string>((r) => {
          socket.once("disconnect", () => r("closed"));
          socket.once("connect_error", () => r("refused"));
        });
        let answered: Promise<unknown> = new Promise(() => {});
        if (t.oversize) {
          count("terminal oversize");
          answered = new Promise((r) => (socket.emit as (e: string, ...a: unknown[]) => void)(t.oversize!.event, ...t.oversize!.args, r));
        } else {
          count("terminal frame");
          socket.io.engine.send(t.frame!);
          // A frame the server ignores without closing (a namespace DISCONNECT, say) leaves nothing to answer the barrier.
          answered = socket.timeout(2_000).emitWithAck("action", "barrier").catch(() => noAnswer);
        }
        const outcome = await Promise.race([closed, answered.then((a) => ({ a })), delay(5_000).then(() => "timeout")]);
        if (typeof outcome === "object") {
          if (t.oversize) fail("a packet over the size limit was answered", t, outcome.a);
          else if (outcome.a !== noAnswer) judge(t, { event: "barrier after a broken frame", answered: true, valid: false, textRule: null, refusalCodes: ["invalid_input"], mayChange: false }, outcome.a);
        } else if (t.oversize && outcome !== "closed") fail("a packet over the size limit did not close its socket", t, outcome);
        count(`terminal ${typeof outcome === "object" ? "answered" : outcome}`);
        s.client.close();
      }

      const lane: Lane = {
        index,
        roomId: room.roomId,
        tokens: Object.fromEntries(roles.map((r) => [r, parseLink(links[r]).token])) as Record<Role, string>,
        async run(chunk: Packet[], terminals: TerminalPacket[]): Promise<LaneOutcome> {
          // What the seats heard before this round is done with (and would only grow the heap).
          for (const w of witnesses.values()) {
            w.raw.length = 0;
            w.presence.length = 0;
          }
          const out: LaneOutcome = { sent: [...chunk, ...terminals], acceptedActions: [], acceptedNotes: [], validTyping: [] };
          const socketPackets = chunk.filter((p): p is EmitPacket | WirePacket => p.kind === "emit" || p.kind === "wire");
          await Promise.all(
            roles.map((role) =>
              runRole(
                role,
                socketPackets.filter((p) => p.role === role),
                terminals.find((t) => t.role === role),
                out,
              ),
            ),
          );
          return out;
        },
        /** The first of these packets that, sent alone, reaches another seat or changes the room's rows. */
        async culprit(sent: Packet[]): Promise<{ packet: Packet; heard: Map<Role, Heard[]>; changed: string[] } | null> {
          for (const p of sent) {
            if (p.kind !== "emit" && p.kind !== "wire" && p.kind !== "terminal") continue;
            const before = await roomRow(room.roomId);
            await lane.run(p.kind === "terminal" ? [] : [p], p.kind === "terminal" ? [p] : []);
            await lane.barrier();
            const heard = lane.heard();
            const changed = changedTables(before, await roomRow(room.roomId));
            if (changed.length > 0 || [...heard.values()].some((m) => m.length > 0)) return { packet: p, heard, changed };
          }
          return null;
        },
        /** A request from each seat, answered after anything sent to it before. */
        async barrier(): Promise<void> {
          await Promise.all([...witnesses.values()].map((w) => w.socket.timeout(answerTimeoutMs).emitWithAck("action", "barrier").catch(() => null)));
        },
        /** What each seat heard since the round began, but who is present. */
        heard(): Map<Role, Heard[]> {
          return new Map(
            [...witnesses].map(([role, w]) => [
              role,
              w.raw.flatMap((raw) => {
                const [name, ...args] = JSON.parse(raw) as [string, ...unknown[]];
                return name === "presence" ? [] : [{ name, args, raw }];
              }),
            ]),
          );
        },
        close(): void {
          for (const w of witnesses.values()) w.close();
          for (const s of senders.values()) s.client.close();
          for (const spare of spares.values()) void spare.then((s) => s?.client.close());
        },
      };
      opened.push(lane);
      return lane;
    }

    /** At most one packet that may close its socket per seat of a room per round, sent last. */
    function takeTerminals(): TerminalPacket[] {
      const taken: TerminalPacket[] = [];
      for (const role of roles) {
        const i = queues.terminal.findIndex((t) => t.role === role);
        if (i >= 0) taken.push(...queues.terminal.splice(i, 1));
      }
      return taken;
    }

    // ---- Handshakes --------------------------------------------------------------------------

    async function handshake(h: HandshakePacket, lane: Lane): Promise<void> {
      const fill = (v: unknown): unknown => {
        if (v === "$ROOM") return h.auth && (h.auth as { token?: unknown }).token === "$REVOKED" ? revoked.roomId : lane.roomId;
        if (v === "$TOKEN") return lane.tokens[roles[lane.index % 3]!];
        if (v === "$OTHER") return parseLink(spare.links.observer).token;
        if (v === "$REVOKED") return revoked.token;
        return v;
      };
      const auth = h.auth !== null && typeof h.auth === "object" && !Array.isArray(h.auth) && !Buffer.isBuffer(h.auth)
        ? Object.assign(Object.create(null) as object, ...Object.keys(h.auth).map((k) => ({ [k]: fill((h.auth as Record<string, unknown>)[k]) })))
        : h.auth;
      const received = asReceived([auth])[0];
      const plainObject = received !== null && typeof received === "object" && !Array.isArray(received);
      const parsed = handshakeSchema.safeParse(plainObject ? received : {});
      const genuine = parsed.success && parsed.data.roomId === lane.roomId && Object.values(lane.tokens).includes(parsed.data.token);
      const shouldConnect = genuine && h.origin === null;
      const socket = io(server.url, {
        auth: auth as Record<string, unknown>,
        transports: ["websocket"],
        reconnection: false,
        forceNew: true,
        ...(h.origin !== null ? { extraHeaders: { origin: h.origin } } : {}),
      });
      let closing: unknown;
      socket.on("closing", (reason: unknown) => (closing = reason));
      const outcome = await new Promise<{ how: string; refusal?: unknown }>((resolve) => {
        socket.once("welcome", () => resolve({ how: "welcome" }));
        socket.once("connect_error", (err: Error & { data?: { refusal?: unknown } }) => resolve({ how: "refused", refusal: err.data?.refusal }));
        // A link the handshake accepted can still be turned away at the welcome, with `closing`.
        socket.once("disconnect", () => resolve(closing === undefined ? { how: "closed" } : { how: "closing", refusal: closing }));
        setTimeout(() => resolve({ how: "timeout" }), answerTimeoutMs);
      });
      socket.close();
      count(`handshake ${outcome.how}${outcome.refusal ? ` ${(outcome.refusal as { code?: string }).code}` : ""}`);
      const described = { ...h, auth: received };
      if (outcome.refusal !== undefined) {
        const r = refusalSchema.safeParse(outcome.refusal);
        if (!r.success) fail("handshake: an untyped refusal", described, outcome.refusal);
        else if (!["invalid_link", "unknown_room", "link_revoked", "rate_limited"].includes(r.data.code)) fail(`handshake: ${outcome.how} with ${r.data.code}`, described, outcome.refusal);
        return;
      }
      if (shouldConnect) {
        if (outcome.how !== "welcome") fail("a genuine handshake was neither welcomed nor refused", described, outcome);
        return;
      }
      if (outcome.how === "welcome") fail("a bad handshake was welcomed", described, outcome);
      else if (outcome.how === "timeout") fail("a bad handshake was neither refused nor closed", described, outcome);
      // An origin from another site is turned away before socket.io (403), and an auth that is not an object breaks the protocol: closing is all they get.
      else if (h.origin === null && plainObject) fail("handshake: refused without a typed refusal", described, outcome);
    }

    // ---- HTTP --------------------------------------------------------------------------------

    async function httpRound(batch: HttpPacket[]): Promise<void> {
      const before = await snapshot();
      let created = 0;
      const inFlight = new Set<Promise<void>>();
      for (const p of batch) {
        const one = request(p).then((wasCreated) => void (created += wasCreated ? 1 : 0));
        inFlight.add(one);
        void one.finally(() => inFlight.delete(one));
        if (inFlight.size >= 24) await Promise.race(inFlight);
      }
      await Promise.all(inFlight);
      const after = await snapshot();
      if (created === 0 && after.global !== before.global) fail("refused HTTP requests changed rows", batch, tableDiff(before, after));
      if (created > 0) {
        const grew = (t: string) => (after.tables.get(t) ?? 0) - (before.tables.get(t) ?? 0);
        if (grew("room") !== created || grew("seat") !== 3 * created) fail("HTTP rows other than the rooms created", batch, { created, rooms: grew("room"), seats: grew("seat") });
      }
    }

    async function request(p: HttpPacket): Promise<boolean> {
      let status = 0;
      let text = "";
      try {
        ({ status, text } = await httpRequest(server.url, p));
      } catch (error) {
        // The client would not send it (a header it won't write), or the server closed the
        // connection on a body too large to read: nothing for the person to read either way.
        const code = (error as { code?: string }).code ?? String(error);
        count(`http not sent (${code})`);
        return false;
      }
      count(`http ${status}`);
      const paths = [p.path.replace(/\?.*$/, ""), new URL(p.path, server.url).pathname];
      let body: unknown = null;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        body = text;
      }
      if (status >= 500) fail(`http: ${status}`, p, body);
      else if (status === 201) {
        if (!httpMayCreate(p)) fail("http: created a room from a body it must refuse", p, body);
        return true;
      } else if (status === 200) {
        if (!paths.includes("/api/health") || !["GET", "HEAD"].includes(p.method)) fail(`http: 200 for ${p.method} ${p.path}`, p, body);
      } else if (status >= 400 && status < 500) {
        if (p.method === "HEAD") return false;
        const refusal = refusalSchema.safeParse((body as { error?: unknown } | null)?.error);
        if (!refusal.success) fail(`http: ${status} without a typed refusal`, p, body);
        else if (refusedCodes.includes(refusal.data.code)) fail(`http: ${refusal.data.code}`, p, body);
        // A body naming "__proto__" or "constructor" may be refused whole by the JSON parser.
        else if (httpMayCreate(p) && p.contentType === "application/json" && !/"(__proto__|constructor)"/.test(p.body ?? "") && refusal.data.code !== "rate_limited") {
          fail("http: refused a room it should create", p, body);
        }
      } else fail(`http: unexpected status ${status}`, p, body);
      return false;
    }

    // ---- The database ------------------------------------------------------------------------

    async function roomRow(roomId: string): Promise<RoomRow> {
      const [row] = await server.database.db.raw.query<Record<string, unknown>>(`${roomRowsSql} WHERE r.id = $1`, [roomId]);
      return asRoomRow(row!);
    }

    async function snapshot(): Promise<{ global: string; tables: Map<string, number>; perTable: Map<string, string>; rooms: Map<string, RoomRow> }> {
      const raw = server.database.db.raw;
      const perTable = await raw.query<{ t: string; n: number; h: string }>(
        tables.map((t) => `SELECT '${t}' AS t, count(*)::int AS n, md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) AS h FROM "${t}" x`).join(" UNION ALL "),
      );
      const rooms = (await raw.query<Record<string, unknown>>(roomRowsSql)).map(asRoomRow);
      return {
        global: perTable.map((t) => `${t.t}:${t.n}:${t.h}`).join("|"),
        tables: new Map(perTable.map((t) => [t.t, t.n])),
        perTable: new Map(perTable.map((t) => [t.t, `${t.n}:${t.h}`])),
        rooms: new Map(rooms.map((r) => [r.roomId, r])),
      };
    }

    /** A room whose partner A link was re-issued: the old link, refused as revoked. */
    async function revokedLink(): Promise<{ roomId: string; token: string }> {
      const room = await server.createRoom();
      const holder = await connectSeat(server.url, room.links.partnerA);
      // The request's key has been named `token` and `request`; the schema keeps the one it knows.
      const key = randomBytes(32).toString("base64url");
      const answer = await holder.socket.emitWithAck("reissueLink", { token: key, request: key });
      holder.close();
      if (!answer.ok) throw new Error(`could not re-issue a link: ${answer.code}`);
      return { roomId: room.roomId, token: parseLink(room.links.partnerA).token };
    }

    function heapMb(): number {
      gc?.();
      gc?.();
      return process.memoryUsage().heapUsed / 2 ** 20;
    }
  });
});

// ---- Helpers ---------------------------------------------------------------------------------

interface Lane {
  index: number;
  roomId: string;
  tokens: Record<Role, string>;
  run(chunk: Packet[], terminals: TerminalPacket[]): Promise<LaneOutcome>;
  culprit(sent: Packet[]): Promise<{ packet: Packet; heard: Map<Role, Heard[]>; changed: string[] } | null>;
  barrier(): Promise<void>;
  heard(): Map<Role, Heard[]>;
  close(): void;
}
/** An extra socket on a seat (a second tab) that the packets go out on. */
interface Sender {
  client: SeatClient;
  /** Raw frames waiting for their answer, by ack id. */
  pending: Map<number, (answer: unknown) => void>;
  /** Settles once the server has handled every packet of the current chunk. */
  barrier?: Promise<void>;
}
type Judged = Expectation & { event: string; args: unknown[]; hasAck: boolean };
interface LaneOutcome {
  /** What the room's seats sent this round: a failure of the round names them all. */
  sent: Packet[];
  acceptedActions: { actionId: string; seq: number }[];
  acceptedNotes: string[];
  validTyping: { role: Role; active: boolean }[];
}
interface Heard {
  name: string;
  args: unknown[];
  raw: string;
}
interface RoomRow {
  roomId: string;
  lastSeq: number;
  notes: number;
  /** Each table's rows of this room, hashed. */
  hashes: Record<string, string>;
}

/**
 * Each room with everything it owns, each table's rows hashed apart: the room's own row, the
 * rows of every table with its room_id, and of every table reached through its sessions.
 * Found from the schema, so a table added later is watched too.
 */
function roomRowsQuery(tables: string[], columns: { t: string; c: string }[]): string {
  const has = (t: string, c: string) => columns.some((x) => x.t === t && x.c === c);
  const owned = tables.flatMap((t): [string, string][] => {
    if (t === "room") return [[t, "row(r.*)::text"]];
    if (has(t, "room_id")) return [[t, `(SELECT string_agg(x::text, ',' ORDER BY x::text) FROM "${t}" x WHERE x.room_id = r.id)`]];
    if (has(t, "session_id")) return [[t, `(SELECT string_agg(x::text, ',' ORDER BY x::text) FROM "${t}" x JOIN session s ON s.id = x.session_id WHERE s.room_id = r.id)`]];
    return [];
  });
  return `SELECT r.id AS "roomId", r.last_seq AS "lastSeq",
    ${owned.map(([t, rows]) => `md5(coalesce(${rows}, '')) AS "h:${t}"`).join(",\n    ")},
    (SELECT count(*)::int FROM observer_note n JOIN session x ON x.id = n.session_id WHERE x.room_id = r.id) AS notes
  FROM room r`;
}

function asRoomRow(row: Record<string, unknown>): RoomRow {
  const hashes = Object.fromEntries(Object.entries(row).flatMap(([k, v]) => (k.startsWith("h:") ? [[k.slice(2), String(v)]] : [])));
  return { roomId: String(row.roomId), lastSeq: Number(row.lastSeq), notes: Number(row.notes), hashes };
}

/** The room's tables whose rows differ between two readings. */
function changedTables(before: RoomRow, after: RoomRow): string[] {
  return Object.keys({ ...before.hashes, ...after.hashes }).filter((t) => before.hashes[t] !== after.hashes[t]);
}

/** The tables whose rows differ between two snapshots, with their row counts. */
function tableDiff(before: { perTable: Map<string, string> }, after: { perTable: Map<string, string> }): Record<string, string> {
  return Object.fromEntries(
    [...after.perTable].filter(([t, v]) => before.perTable.get(t) !== v).map(([t, v]) => [t, `${before.perTable.get(t)?.split(":")[0] ?? "none"} → ${v.split(":")[0]} rows`]),
  );
}

const noAnswer = Symbol("no answer");
const delay = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

const agent = new Agent({ keepAlive: true, maxSockets: 24 });

/** One request as it is written, its path unnormalised (node:http, lighter than fetch). */
function httpRequest(base: string, p: HttpPacket): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    if (p.contentType !== null) headers["content-type"] = p.contentType;
    if (p.body !== null) headers["content-length"] = String(Buffer.byteLength(p.body));
    const req = httpRequestRaw(`${base}${p.path}`, { method: p.method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    // A body the server refuses before reading it may fail to write: the answer still counts.
    req.on("error", reject);
    req.end(p.body ?? undefined);
  });
}

/** The args as the server receives them: through JSON, with binary kept as binary. */
function asReceived(args: unknown[]): unknown[] {
  // Most packets hold no binary: one plain round trip (Buffer.toJSON shows where there is some).
  const plain = JSON.stringify(args);
  if (!plain.includes('"type":"Buffer"')) return JSON.parse(plain) as unknown[];
  const buffers: Buffer[] = [];
  const text = JSON.stringify(args, function (this: Record<string, unknown>, key, value: unknown) {
    const original = this[key];
    if (Buffer.isBuffer(original) || original instanceof Uint8Array) return { __buffer: buffers.push(Buffer.from(original)) - 1 };
    return value;
  });
  return JSON.parse(text, (_key, value: unknown) =>
    value !== null && typeof value === "object" && "__buffer" in value && Object.keys(value).length === 1 ? buffers[(value as { __buffer: number }).__buffer] : value,
  ) as unknown[];
}

/** The rule broken, without the field: one failure class per rule. */
function ruleKind(rule: string): string {
  return rule.replace(/ in .*$/, "").replace(/^invisible-only .*/, "invisible-only text");
}

/** Round kinds spread evenly through the run, each in its own proportion. */
function interleave(rounds: Record<"pure" | "mixed" | "http", number>): ("pure" | "mixed" | "http")[] {
  return (Object.entries(rounds) as ["pure" | "mixed" | "http", number][])
    .flatMap(([kind, n]) => Array.from({ length: n }, (_, i) => ({ kind, at: (i + 0.5) / n })))
    .sort((a, b) => a.at - b.at)
    .map((r) => r.kind);
}

/** `gc` without starting node with --expose-gc: flags set at run time reach a new context. */
function exposeGc(): (() => void) | null {
  try {
    setFlagsFromString("--expose-gc");
    return runInNewContext("gc") as () => void;
  } catch {
    return null;
  }
}
