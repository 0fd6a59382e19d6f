import {
  emptyTimeline,
  fromSnapshot,
  receive,
  type ActionAck,
  type ClientToServerEvents,
  type ConnectRefusal,
  type ObserverNote,
  type Presence,
  type Typing,
  type RoomEvent,
  type ServerToClientEvents,
  type Timeline,
  type Welcome,
} from "@repair-room/protocol";
import { io, type Socket } from "socket.io-client";

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A real socket.io client holding one seat, recording every raw payload it receives. */
export interface SeatClient {
  socket: ClientSocket;
  welcome: Welcome;
  /** Every `events` batch and welcome `missed` list, flattened, exactly as received. */
  received: RoomEvent[];
  presence: Presence[];
  typing: Typing[];
  notes: ObserverNote[];
  /** Every packet this socket received, as JSON, in order: what actually went over the wire. */
  raw: string[];
  timeline: Timeline;
  act(intent: unknown): Promise<ActionAck>;
  /** Resolves once the timeline holds `seq`. */
  waitForSeq(seq: number): Promise<void>;
  /** Resolves once `check` holds for this client. */
  waitFor(check: () => boolean, what: string): Promise<void>;
  /** Resolves once the latest presence this seat heard of satisfies `predicate`. */
  waitForPresence(predicate: (p: Presence) => boolean): Promise<Presence>;
  close(): void;
}

export function parseLink(link: string): { roomId: string; token: string } {
  const url = new URL(link);
  const roomId = url.pathname.split("/").at(-1) ?? "";
  return { roomId, token: url.hash.slice(1) };
}

export async function connectSeat(
  serverUrl: string,
  link: string,
  options: { lastSeq?: number; extraHeaders?: Record<string, string> } = {},
): Promise<SeatClient> {
  const { roomId, token } = parseLink(link);
  const socket: ClientSocket = io(serverUrl, {
    auth: { roomId, token, lastSeq: options.lastSeq ?? 0 },
    transports: ["websocket"],
    reconnection: false,
    forceNew: true,
    ...(options.extraHeaders ? { extraHeaders: options.extraHeaders } : {}),
  });
  const client = {
    socket,
    received: [] as RoomEvent[],
    presence: [] as Presence[],
    typing: [] as Typing[],
    notes: [] as ObserverNote[],
    raw: [] as string[],
    timeline: emptyTimeline,
  } as SeatClient;
  socket.onAny((name: string, ...args: unknown[]) => client.raw.push(JSON.stringify([name, ...args])));
  socket.on("typing", (t) => {
    client.typing.push(t);
    notify();
  });
  socket.on("notes", (notes) => {
    client.notes.push(...notes);
    notify();
  });
  const waiters = new Set<() => void>();
  const notify = () => waiters.forEach((w) => w());
  const take = (events: RoomEvent[]) => {
    client.received.push(...events);
    client.timeline = receive(client.timeline, events);
    notify();
  };
  socket.on("events", take);
  socket.on("presence", (p) => {
    client.presence.push(p);
    notify();
  });
  // An observer's notes follow its welcome in a packet of their own: a seat is ready once
  // everything its joining sends has arrived, so later packets are the test's own doing.
  const firstNotes = new Promise<void>((resolve) => socket.once("notes", () => resolve()));
  client.welcome = await new Promise<Welcome>((resolve, reject) => {
    socket.once("welcome", (welcome) => {
      // A page holding nothing of the current session starts from the welcome's snapshot.
      if (welcome.snapshot) client.timeline = fromSnapshot(client.timeline, welcome.snapshot);
      take(welcome.missed);
      resolve(welcome);
    });
    socket.once("connect_error", (err) => {
      socket.close();
      const refusal = (err as Error & { data?: ConnectRefusal }).data?.refusal;
      reject(Object.assign(new Error(refusal?.code ?? err.message), { refusal }));
    });
  });
  if (client.welcome.role === "observer") await firstNotes;
  const until = <T>(check: () => T | undefined, what: string) =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(test);
        reject(new Error(`timed out waiting for ${what}`));
      }, 5_000);
      const test = () => {
        const value = check();
        if (value !== undefined) {
          clearTimeout(timer);
          waiters.delete(test);
          resolve(value);
        }
      };
      waiters.add(test);
      test();
    });
  // A lost ack fails the test in seconds with a reason, rather than hanging it.
  client.act = (intent) => socket.timeout(10_000).emitWithAck("action", intent);
  client.waitForSeq = (seq) => until(() => (client.timeline.state.seq >= seq ? true : undefined), `seq ${seq}`).then(() => {});
  client.waitFor = (check, what) => until(() => (check() ? true : undefined), what).then(() => {});
  client.waitForPresence = (predicate) =>
    until(() => {
      const latest = client.presence.at(-1) ?? client.welcome.presence;
      return predicate(latest) ? latest : undefined;
    }, "presence");
  client.close = () => socket.close();
  return client;
}
