/**
 * Rooms of two connected partners against a server in another process, grown as a step
 * needs more, and driven at a pace: each driven room sends one action every `periodMs`, the
 * partners taking turns, the next only after the last one's ack (as a person waits for it).
 *
 * On the product each room looks like a household of its own: the server runs with
 * TRUST_PROXY=1 and each room's requests name their own address in X-Forwarded-For, so the
 * per-address limits (made for one household) apply per room, as behind a real proxy. The
 * per-seat limits apply as they are.
 *
 * BENCH_SEALED=1: the product's rooms are made and acted in sealed, as devices do (the words
 * sealed here once, before the clock starts), to compare the server's cost per action.
 */
import { loadavg } from "node:os";
import type { Histogram } from "hdr-histogram-js";
import { newRoomKey, RoomSealer } from "@repair-room/protocol";
import { io, type Socket } from "socket.io-client";
import { cpuSeconds, histogram, inParallel, micros, sleep, type ServerProcess } from "./support.js";

export type Kind = "product" | "floor";

export interface StepResult {
  rooms: number;
  periodMs: number;
  /** Accepted actions per second over the measured window. */
  accepted: number;
  acks: Histogram;
  /** Refused or timed-out actions in the window. */
  errors: number;
  firstError: string | null;
  /** Server CPU per accepted action, in ms. */
  cpuMsPerAction: number;
  /** Server CPU over the window, as a share of one core. */
  cpuShare: number;
  /** The machine's 1-minute load average at the window's end: on a shared machine, what else wanted the CPU. */
  load: number;
}

export const sealedWords = process.env.BENCH_SEALED === "1";
/** One room key for every room: the server cannot tell, and sealing stays out of the measured time. */
const sealing = sealedWords ? RoomSealer.create({ room: newRoomKey() }) : null;
const sealedTopics = sealing
  ? sealing.then((sealer) => Promise.all(Array.from({ length: 16 }, (_, n) => sealer.seal("lobby.setTopic", { content: { topic: `Topic ${n}` } }, "partnerA"))))
  : null;

const addressOf = (r: number) => `10.${(r >> 16) & 255}.${(r >> 8) & 255}.${r & 255}`;
const ackTimeoutMs = 10_000;

export class Fleet {
  readonly rooms: [Socket, Socket][] = [];

  constructor(
    readonly kind: Kind,
    readonly server: ServerProcess,
  ) {}

  /** Creates and connects rooms until there are `count`, `parallel` at a time. */
  async grow(count: number, parallel = 16): Promise<void> {
    const from = this.rooms.length;
    const indexes = Array.from({ length: Math.max(0, count - from) }, (_, i) => from + i);
    const made: [Socket, Socket][] = [];
    await inParallel(indexes, parallel, async (r) => {
      made[r - from] = this.kind === "floor" ? await this.floorRoom(r) : await this.productRoom(r);
    });
    this.rooms.push(...made);
  }

  private async floorRoom(r: number): Promise<[Socket, Socket]> {
    const seat = () => connect(this.server.url, { room: `room-${r}` }, {}, "connect");
    return [await seat(), await seat()];
  }

  private async productRoom(r: number): Promise<[Socket, Socket]> {
    const headers = { origin: this.server.url, "x-forwarded-for": addressOf(r) };
    const response = await fetch(`${this.server.url}/api/rooms`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify(await roomBody(r)),
    });
    if (response.status !== 201) throw new Error(`creating room ${r}: ${response.status} ${await response.text()}`);
    const { roomId, links } = (await response.json()) as { roomId: string; links: Record<string, string> };
    const seat = (link: string | undefined) => connect(this.server.url, { roomId, token: link?.split("#")[1], lastSeq: 0 }, headers, "welcome");
    return [await seat(links.partnerA), await seat(links.partnerB)];
  }

  /**
   * Drives the first `count` rooms, each one action per `periodMs`, started spread over one
   * period; measures `measureMs` after `warmupMs`.
   */
  async drive(count: number, periodMs: number, warmupMs: number, measureMs: number): Promise<StepResult> {
    const acks = histogram();
    let errors = 0;
    let firstError: string | null = null;
    const start = Date.now();
    const measureFrom = start + warmupMs;
    const until = measureFrom + measureMs;
    let cpuFrom = 0;
    let cpuUntil = 0;
    const cpuTimers = [
      setTimeout(() => (cpuFrom = cpuSeconds(this.server.pid)), measureFrom - Date.now()),
      setTimeout(() => (cpuUntil = cpuSeconds(this.server.pid)), until - Date.now()),
    ];
    const topics = sealedTopics ? (await sealedTopics).map((t) => t.content.topic) : null;
    const topic = (n: number) => topics?.[n % topics.length] ?? `Topic ${n}`;
    const action = (n: number) =>
      this.kind === "floor"
        ? { type: "lobby.setTopic", content: { topic: topic(n) } }
        : { actionId: crypto.randomUUID(), type: "lobby.setTopic", content: { topic: topic(n) } };
    await Promise.all(
      this.rooms.slice(0, count).map(async (pair, r) => {
        await sleep((r / count) * periodMs);
        for (let n = 0; Date.now() < until; n++) {
          const sentAt = Date.now();
          const t0 = micros();
          const ack = (await pair[n % 2]
            ?.timeout(ackTimeoutMs)
            .emitWithAck("action", action(n))
            .catch((error: Error) => ({ ok: false, code: error.message }))) as { ok: boolean; code?: string };
          if (sentAt >= measureFrom && sentAt < until) {
            if (ack.ok) acks.recordValue(Number(micros() - t0));
            else {
              errors++;
              firstError ??= ack.code ?? "refused";
            }
          }
          await sleep(Math.max(0, periodMs - (Date.now() - sentAt)));
        }
      }),
    );
    cpuTimers.forEach(clearTimeout);
    if (!cpuUntil) cpuUntil = cpuSeconds(this.server.pid);
    const seconds = measureMs / 1000;
    const accepted = acks.totalCount;
    return {
      rooms: count,
      periodMs,
      accepted: accepted / seconds,
      acks,
      errors,
      firstError,
      cpuMsPerAction: accepted ? ((cpuUntil - cpuFrom) * 1000) / accepted : Number.NaN,
      cpuShare: (cpuUntil - cpuFrom) / seconds,
      load: loadavg()[0] ?? Number.NaN,
    };
  }

  close(): void {
    this.rooms.flat().forEach((s) => s.close());
    this.rooms.length = 0;
  }
}

/** A websocket-only socket.io client, resolved once `ready` (connect, or the product's welcome) arrives. */
function connect(url: string, auth: object, headers: Record<string, string>, ready: "connect" | "welcome"): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = io(url, { auth, transports: ["websocket"], forceNew: true, reconnection: false, extraHeaders: headers });
    const timer = setTimeout(() => reject(new Error(`no ${ready} within 30 s`)), 30_000);
    socket.once(ready, () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once("connect_error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** A new room's topic and names, sealed when BENCH_SEALED=1. */
async function roomBody(r: number): Promise<object> {
  const body = { topic: `Load ${r}`, partnerA: { name: "Sam" }, partnerB: { name: "Alex" } };
  return sealing ? (await sealing).seal("createRoom", body, "partnerA") : body;
}
