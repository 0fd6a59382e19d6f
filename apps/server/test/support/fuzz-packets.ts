import {
  createRoomSchema,
  deleteRoomSchema,
  historyRequestSchema,
  intentSchema,
  may,
  observerNoteInputSchema,
  reissueLinkSchema,
  seatTokenPattern,
  syncRequestSchema,
  typingSchema,
  type Role,
  type Schema,
  type SeatRight,
} from "@repair-room/protocol";
import fc from "fast-check";
import { socketMessageLimitBytes } from "../../src/realtime/socket-server.js";
import { httpBodyLimitBytes } from "../../src/server.js";

/**
 * Hostile packets for the fuzz test (fuzz.int.test.ts): what a broken or malicious client
 * can send to every socket event and HTTP route, and the oracle saying what the server may
 * answer to each. The oracle reads the packet itself (not how it was made), so a packet sent
 * as raw socket.io text judges the same as one sent through the client.
 */

export const requestEvents = ["action", "sync", "note", "history", "reissueLink", "deleteRoom"] as const;
export type RequestEvent = (typeof requestEvents)[number];

/** Through socket.io-client: `socket.emit(event, ...args, ack?)`. */
export interface EmitPacket {
  kind: "emit";
  role: Role;
  event: string;
  args: unknown[];
  ack: boolean;
}
/**
 * A well-formed socket.io EVENT frame written by hand, so its JSON can hold what
 * JSON.stringify never writes (1e999, -0, duplicate keys, an own "__proto__"). `body` is the
 * frame's JSON array; the ack id, when there is one, is put in front of it when it is sent.
 */
export interface WirePacket {
  kind: "wire";
  role: Role;
  body: string;
  ack: boolean;
}
/** Sent last on its socket: a frame the parser may refuse by closing, or one over the size limit. */
export interface TerminalPacket {
  kind: "terminal";
  role: Role;
  /** A raw frame, or an emit too big for the server's 64 KB limit. */
  frame: string | null;
  oversize: EmitPacket | null;
}
/** A client connecting with this `auth`; `$ROOM`, `$TOKEN`, `$OTHER` and `$REVOKED` are filled in when sent. */
export interface HandshakePacket {
  kind: "handshake";
  auth: unknown;
  origin: string | null;
}
export interface HttpPacket {
  kind: "http";
  method: string;
  path: string;
  contentType: string | null;
  body: string | null;
}
export type Packet = EmitPacket | WirePacket | TerminalPacket | HandshakePacket | HttpPacket;

// ---------------------------------------------------------------------------------------------
// The oracle

const schemas: Record<RequestEvent | "typing", Schema> = {
  action: intentSchema,
  sync: syncRequestSchema,
  note: observerNoteInputSchema,
  history: historyRequestSchema,
  reissueLink: reissueLinkSchema,
  deleteRoom: deleteRoomSchema,
  typing: typingSchema,
};
const rights: Partial<Record<RequestEvent, SeatRight>> = { note: "keepNotes", reissueLink: "reissueLink", deleteRoom: "deleteRoom" };

/** A person's text fields in each message: [path, required]. `*` is any array index. */
const textFields: Record<string, [string, boolean][]> = {
  "lobby.setTopic": [["content.topic", true]],
  "lobby.setName": [["content.name", true]],
  "checkIn.submit": [["content.note", false]],
  "share.state": [["content.happened", true], ["content.felt", true], ["content.needed", false]],
  "share.reflect": [["content.heard", true], ["content.feeling", true]],
  "share.confirm": [["content.clarification", true]],
  "intentions.submit": [["content.intended", true], ["content.impact", true], ["content.action", true]],
  "intentions.acknowledge": [["content.words", false]],
  "agreements.edit": [["content.agreedTrue", false], ["content.unclear", false], ["content.practice", false], ["content.nextSteps.*.what", true]],
  "agreements.appreciate": [["content.text", true]],
  "review.appreciate": [["content.text", true]],
  note: [["text", true]],
  deleteRoom: [["confirmTopic", true]],
  createRoom: [["topic", true], ["partnerA.name", true], ["partnerB.name", true]],
};

// What issue [8] and the text rules say no person's text may hold: a NUL, half of a UTF-16
// pair, a control character other than tab and line ends (CR is normalised to LF), and —
// where the text is required — nothing visible. Deliberately narrower than the protocol's
// own definition: these are the cases the product has promised to refuse.
const loneSurrogate = /\p{Surrogate}/u;
const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const invisible = /[\s\u200B-\u200D\u2060\u00AD]/gu;

function valuesAt(value: unknown, path: string[]): unknown[] {
  if (path.length === 0) return [value];
  if (value === null || typeof value !== "object") return [];
  const [head, ...rest] = path as [string, ...string[]];
  if (head === "*") return Array.isArray(value) ? value.flatMap((v) => valuesAt(v, rest)) : [];
  return Object.hasOwn(value, head) ? valuesAt((value as Record<string, unknown>)[head], rest) : [];
}

/** Why this packet must be refused whatever the room's state, naming the text rule it breaks; null when none. */
export function textRuleBroken(kind: string, payload: unknown): string | null {
  for (const [path, required] of Object.hasOwn(textFields, kind) ? textFields[kind]! : []) {
    for (const s of valuesAt(payload, path.split("."))) {
      if (typeof s !== "string") continue;
      if (s.includes("\u0000")) return `NUL in ${path}`;
      if (loneSurrogate.test(s)) return `lone surrogate in ${path}`;
      if (control.test(s)) return `control character in ${path}`;
      if (required && s.length > 0 && s.replace(invisible, "") === "") return `invisible-only ${path}`;
    }
  }
  return null;
}

/** The message kind the text rules know a payload by. */
function messageKind(event: string, payload: unknown): string {
  if (event !== "action") return event;
  const type = payload !== null && typeof payload === "object" && Object.hasOwn(payload, "type") ? (payload as { type: unknown }).type : null;
  return typeof type === "string" ? type : "";
}

/** What the oracle expects of one socket packet, given the seat that sends it. */
export interface Expectation {
  /** The server must answer it (a request with its ack callback in second place). */
  answered: boolean;
  /** The protocol's schema accepts it (so the room's state decides). */
  valid: boolean;
  /** A text rule it breaks: it must be refused at the edge. */
  textRule: string | null;
  /** The codes a refusal may carry besides the ones any request may meet. */
  refusalCodes: readonly string[] | "any";
  /** It may change rows or reach other seats (an accepted action or note, a writing signal). */
  mayChange: boolean;
}

/** Codes any request may meet whatever it holds: too many at once. */
export const alwaysAllowed = ["rate_limited"] as const;
const edgeCodes = ["invalid_input", "too_long"] as const;

export function expectationOf(role: Role, event: string, args: readonly unknown[], hasAck: boolean): Expectation {
  const payload = args[0];
  // Own keys only: an event named "constructor" or "toString" is no event of ours.
  const known = Object.hasOwn(schemas, event);
  const schema = schemas[event as keyof typeof schemas];
  // A writing signal reads its first argument only; a request needs exactly one before its ack.
  const valid = known && (event === "typing" ? args.length >= 1 : args.length === 1) && schema!.safeParse(payload).success;
  const textRule = known ? textRuleBroken(messageKind(event, payload), payload) : null;
  const request = (requestEvents as readonly string[]).includes(event);
  const answered = request && hasAck && args.length === 1;
  const right = Object.hasOwn(rights, event) ? rights[event as RequestEvent] : undefined;
  const barred = right !== undefined && !may(role, right);
  let refusalCodes: readonly string[] | "any";
  if (barred) refusalCodes = ["not_your_seat"];
  else if (!valid || textRule) refusalCodes = edgeCodes;
  else refusalCodes = "any";
  const mayChange =
    !textRule &&
    valid &&
    ((answered && event === "action") || (answered && event === "note" && !barred) || (event === "typing" && role !== "observer"));
  return { answered, valid, textRule, refusalCodes, mayChange };
}

/** Parse a wire packet's body as the server will: [event, ...args]. */
export function decodeWire(body: string): { event: string; args: unknown[] } | null {
  try {
    const parsed: unknown = JSON.parse(body);
    if (!Array.isArray(parsed) || typeof parsed[0] !== "string") return null;
    return { event: parsed[0], args: parsed.slice(1) };
  } catch {
    return null;
  }
}

/** Whether an HTTP packet is a room the server may create (201). */
export function httpMayCreate(p: HttpPacket): boolean {
  if (p.method !== "POST" || !/^\/api\/rooms(\?.*)?$/.test(p.path) || p.body === null) return false;
  // A body the server will not read, however good its room (unknown keys are dropped, not refused).
  if (Buffer.byteLength(p.body) > httpBodyLimitBytes) return false;
  let body: unknown;
  try {
    body = JSON.parse(p.body);
  } catch {
    return false;
  }
  return createRoomSchema.safeParse(body).success && textRuleBroken("createRoom", body) === null;
}

// ---------------------------------------------------------------------------------------------
// Generators

const roles: Role[] = ["partnerA", "partnerB", "observer"];
/** Never in any topic the fuzz sets, always in the topic a deletion names: no fuzzed deletion can match. */
const deletionMarker = "\u2603";

const visibleWord = fc.constantFrom("Sam", "Alex", "the dishes", "I felt hurt", "ok", "você", "日本語", "Ωμέγα", "x", "مرحبا", "a\tb", "line\none");
const controlChar = fc
  .oneof(fc.integer({ min: 0x01, max: 0x08 }), fc.constantFrom(0x0b, 0x0c), fc.integer({ min: 0x0e, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f }))
  .map((c) => String.fromCharCode(c));
const invisibleChar = fc.constantFrom(" ", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00A0", "\u3000", "\u00AD", "\t", "\n");

/** Text for a person's text field: ordinary, odd but acceptable, or breaking a text rule. */
export const personText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: visibleWord },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 16 }) },
  { weight: 2, arbitrary: fc.tuple(visibleWord, visibleWord).map(([a, b]) => `${a}\u0000${b}`) },
  { weight: 1, arbitrary: fc.constantFrom("\u0000", "\u0000\u0000\u0000", " \u0000 ") },
  {
    weight: 2,
    arbitrary: fc
      .tuple(visibleWord, fc.constantFrom("\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D", "\uDE00\uD83D"), fc.boolean())
      .map(([a, s, before]) => (before ? s + a : a + s)),
  },
  { weight: 2, arbitrary: fc.tuple(visibleWord, controlChar, visibleWord).map(([a, c, b]) => a + c + b) },
  { weight: 2, arbitrary: fc.array(invisibleChar, { minLength: 1, maxLength: 6 }).map((cs) => cs.join("")) },
  { weight: 1, arbitrary: fc.tuple(visibleWord, fc.constantFrom("\u202E", "\u202D", "\u2066", "\u2067", "\u2068", "\u200F")).map(([a, b]) => `${b}${a}\u202C`) },
  { weight: 1, arbitrary: fc.constantFrom("Z\u0301\u0302\u0303\u0304\u0305", "👩‍👩‍👧‍👦", "🏳️‍🌈", "e\u0301", "\u0301", "ﷺ", "\u2800") },
  { weight: 1, arbitrary: fc.constantFrom("'; DROP TABLE room; --", "$1", "\\x00", "<script>alert(1)</script>", "{{constructor}}", "%s%n", "__proto__") },
  { weight: 1, arbitrary: fc.constantFrom("a\r\nb", "\r\r\n", " \r\n x \r\n ", "", "   ") },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 100, max: 12_000 }), fc.constantFrom("é", "x", "😀", " ")).map(([n, c]) => c.repeat(n)) },
).map((s) => s.replaceAll(deletionMarker, ""));

/** An object with an own "__proto__" or "constructor" key, as JSON.parse makes them. */
const pollution = fc.constantFrom(
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"__proto__":{"isAdmin":true},"type":"lobby.ready"}',
  '{"__proto__":null}',
  '{"hasOwnProperty":"x","toString":1,"valueOf":null}',
).map((json) => JSON.parse(json) as unknown);

function nested(depth: number, asArray: boolean): unknown {
  let v: unknown = asArray ? [] : {};
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v };
  return v;
}

/**
 * A copy of a constant: packets are mutated as they are made, and a constant is one object
 * shared by every packet that draws it.
 */
function fresh<T>(v: T): T {
  return (v !== null && typeof v === "object" ? structuredClone(v) : v) as T;
}

/** Something where something else was expected. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .constantFrom<unknown>(
        null, undefined, true, false, 0, -0, NaN, Infinity, -Infinity, 1e308, -1e308, 5e-324, -1, 1.5, 2147483647, 2147483648,
        4294967296, 9007199254740991, 9007199254740993, "", "0", "true", "null", "[]", "{}", [], {}, [null], [[]],
      )
      .map(fresh),
  },
  { weight: 3, arbitrary: personText },
  { weight: 1, arbitrary: pollution },
  // Deeper than this and JSON.stringify itself overflows the client's stack; raw frames go deeper.
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 10, max: 1_500 }), fc.boolean()).map(([d, a]) => nested(d, a)) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 4_000 }).map((n) => new Array<number>(n).fill(0)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((u) => Buffer.from(u)) },
  {
    weight: 2,
    arbitrary: fc.anything({
      maxDepth: 3,
      withNullPrototype: true,
      withSparseArray: true,
      withDate: true,
      withBigInt: false,
      withMap: false,
      withSet: false,
      withTypedArray: false,
      withBoxedValues: false,
    }),
  },
);

const actionId = fc.uuid();
const smallInt = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constantFrom(2147483647, 2147483648, 9007199254740991));
const feeling = fc.constantFrom("hurt", "calm", "anxious", "grateful", "numb", "stuck");

/** A well-formed example of every intent, its text from `personText`. */
const intentTemplate: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.constant({ type: "lobby.ready" }),
  personText.map((topic) => ({ type: "lobby.setTopic", content: { topic } })),
  personText.map((name) => ({ type: "lobby.setName", content: { name } })),
  fc.constantFrom("partnerA", "partnerB").map((speaker) => ({ type: "lobby.firstSpeaker", speaker })),
  fc.constantFrom("full", "checkInOnly").map((format) => ({ type: "lobby.format", format })),
  fc.tuple(smallInt, fc.constantFrom("kept", "partly", "notYet")).map(([item, mark]) => ({ type: "review.mark", item, mark })),
  personText.map((text) => ({ type: "review.appreciate", content: { text } })),
  fc.constant({ type: "review.done" }),
  fc
    .tuple(fc.uniqueArray(feeling, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 10 }), personText)
    .map(([fs, intensity, note]) => ({ type: "checkIn.submit", content: { feelings: fs.map((f) => ({ feeling: f, intensity })), note } })),
  fc.tuple(personText, personText, personText).map(([happened, felt, needed]) => ({ type: "share.state", content: { happened, felt, needed } })),
  fc.tuple(personText, personText).map(([heard, f]) => ({ type: "share.reflect", content: { heard, feeling: f } })),
  fc.constant({ type: "share.confirm", verdict: "yes" }),
  personText.map((clarification) => ({ type: "share.confirm", verdict: "notQuite", content: { clarification } })),
  fc.constant({ type: "share.moveOn" }),
  fc.tuple(personText, personText, personText).map(([intended, impact, action]) => ({ type: "intentions.submit", content: { intended, impact, action } })),
  fc
    .tuple(fc.constantFrom(null, "heardIntent", "thanksForImpact", "stepHelps"), personText)
    .map(([choice, words]) => ({ type: "intentions.acknowledge", content: { choice, words } })),
  fc
    .tuple(smallInt, personText, personText, personText, fc.array(fc.tuple(fc.constantFrom("partnerA", "partnerB", "both"), personText), { maxLength: 3 }))
    .map(([baseVersion, agreedTrue, unclear, practice, steps]) => ({
      type: "agreements.edit",
      baseVersion,
      content: { agreedTrue, unclear, practice, nextSteps: steps.map(([who, what]) => ({ who, what, byWhen: "2030-01-31" })) },
    })),
  personText.map((text) => ({ type: "agreements.appreciate", content: { text } })),
  smallInt.map((version) => ({ type: "agreements.approve", version })),
  fc.option(fc.constantFrom(1, 2, 5, 20, 240), { nil: undefined }).map((minutes) => (minutes === undefined ? { type: "pause.raise" } : { type: "pause.raise", minutes })),
  fc.constant({ type: "pause.ready" }),
  fc.constant({ type: "session.leave" }),
  fc.constant({ type: "session.adjourn" }),
  fc.constant({ type: "session.return" }),
  fc.constantFrom("full", "checkInOnly").map((format) => ({ type: "session.openFollowUp", format })),
);

/** How deep the generators look into a value (hostile values nest thousands deep). */
const maxDepth = 12;

/** Every path to a value in `value`, objects and arrays alike. */
function paths(value: unknown, at: string[] = []): string[][] {
  // Deeply nested junk is one value: nothing is generated that deep on purpose.
  if (value === null || typeof value !== "object" || Buffer.isBuffer(value) || at.length > maxDepth) return [at];
  return [at, ...Object.keys(value).flatMap((k) => paths((value as Record<string, unknown>)[k], [...at, k]))];
}

function setOwn(target: Record<string, unknown>, key: string, v: unknown): void {
  // Never `target[key] = v`: with "__proto__" that would set the prototype, not a key.
  Object.defineProperty(target, key, { value: v, enumerable: true, writable: true, configurable: true });
}

type Mutation =
  | { op: "set"; at: number; value: unknown }
  | { op: "delete"; at: number }
  | { op: "text"; at: number; text: string }
  | { op: "type"; type: string }
  | { op: "actionId"; actionId: unknown }
  | { op: "key"; key: string; value: unknown }
  | { op: "whole"; value: unknown }
  | { op: "array" };

const nearMissType = fc.oneof(
  fc.constantFrom(
    "lobby.ready ", "LOBBY.READY", "lobby.ready\u0000", "lobby", "", "__proto__", "constructor", "toString", "room.created",
    "session.closed", "agreements.edited", "phase.started", "lobby.readY", "lobby\u200B.ready",
  ),
  personText,
);
const badActionId = fc.oneof(
  fc.constantFrom("short", "x".repeat(65), "abcdefgh\u0000", "abcdefgh ", "ab/cdefgh", "__proto__", "constructor", "ééééééééé", 12345678, null, ["abcdefgh1"]).map(fresh),
  fc.string({ unit: "binary", maxLength: 80 }),
);
const junkKey = fc.constantFrom("__proto__", "constructor", "prototype", "extra", "seq", "actor", "role", "roomId", "seatId", "", "\u0000", "a".repeat(300));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant("set" as const), at: fc.nat(), value: anyValue }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("delete" as const), at: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant("text" as const), at: fc.nat(), text: personText }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("type" as const), type: nearMissType }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("actionId" as const), actionId: badActionId }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("key" as const), key: junkKey, value: anyValue }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("whole" as const), value: anyValue }) },
  { weight: 1, arbitrary: fc.constant({ op: "array" as const }) },
);

function mutate(start: unknown, mutations: readonly Mutation[]): unknown {
  let value: unknown = start;
  for (const m of mutations) {
    if (m.op === "whole") value = m.value;
    else if (m.op === "array") value = [value];
    else if (value !== null && typeof value === "object" && !Buffer.isBuffer(value)) {
      const all = paths(value).filter((p) => p.length > 0);
      const pick = (at: number) => all[at % Math.max(1, all.length)];
      const parentOf = (p: string[]) => p.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], value) as Record<string, unknown>;
      const root = value as Record<string, unknown>;
      if (m.op === "type") setOwn(root, "type", m.type);
      else if (m.op === "actionId") setOwn(root, "actionId", m.actionId);
      else if (m.op === "key") setOwn(root, m.key, m.value);
      else {
        const path = pick(m.at);
        if (!path) continue;
        const parent = parentOf(path);
        if (parent === null || typeof parent !== "object") continue;
        const key = path.at(-1)!;
        if (m.op === "delete") delete parent[key];
        else if (m.op === "set") setOwn(parent, key, m.value);
        else {
          // A text put where text already is, so the packet keeps its shape around it.
          const texts = all.filter((p) => typeof parentOf(p)?.[p.at(-1)!] === "string" && !["type", "actionId"].includes(p.at(-1)!));
          const target = texts[m.at % Math.max(1, texts.length)];
          if (target) setOwn(parentOf(target), target.at(-1)!, m.text);
        }
      }
    }
  }
  return value;
}

/** An intent: mostly mutated, sometimes just as a client would write it. */
const intentPayload: fc.Arbitrary<unknown> = fc
  .tuple(intentTemplate, actionId, fc.oneof({ weight: 1, arbitrary: fc.constant([]) }, { weight: 4, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }) }))
  .map(([template, id, mutations]) => mutate({ actionId: id, ...structuredClone(template) }, mutations));

const badToken = fc
  .oneof(
    fc.constantFrom("A".repeat(42), "A".repeat(44), `${"A".repeat(42)}+`, `${"A".repeat(42)}=`, `${"A".repeat(42)}\u0000`, "", "__proto__"),
    personText,
    fc.string({ unit: "binary", maxLength: 50 }),
  )
  .filter((t) => !seatTokenPattern.test(t));

const payloads: Record<string, fc.Arbitrary<unknown>> = {
  action: intentPayload,
  sync: fc.oneof(
    fc.record({ afterSeq: fc.oneof(fc.integer({ min: -5, max: 50 }), fc.constantFrom(1.5, -0, 2147483647, 2147483648, 9007199254740991, 1e9, NaN, "3", null)) }),
    anyValue,
  ),
  typing: fc.oneof(fc.record({ active: fc.boolean() }), fc.record({ active: anyValue }), anyValue),
  note: fc.oneof({ weight: 3, arbitrary: fc.record({ text: personText }) }, { weight: 1, arbitrary: fc.tuple(anyValue, fc.array(mutation, { maxLength: 2 })).map(([v, m]) => mutate({ text: v }, m)) }),
  history: fc.oneof(fc.constant({}).map(fresh), anyValue),
  // The new link's key has been called `token` and `request`: both are tried, never a valid one.
  reissueLink: fc
    .oneof(fc.record({ token: badToken }), fc.record({ request: badToken }), fc.record({ token: badToken, request: badToken }), fc.constant({}).map(fresh), anyValue)
    .filter((v) => !reissueLinkSchema.safeParse(v).success),
  deleteRoom: fc.oneof(fc.record({ confirmTopic: personText.map((t) => `${t} ${deletionMarker}`) }), fc.record({ confirmTopic: anyValue }), anyValue),
};

const unknownEvent = fc.oneof(
  fc.constantFrom(
    "__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "ACTION", "action ", " action", "actions", "roomEvents",
    "welcome", "events", "closing", "latest", "presence", "notes", "typing\u0000", "", "\uD800", "x".repeat(500), "error", "ping",
  ),
  fc.string({ maxLength: 20 }),
).filter((name) => !["connect", "connect_error", "disconnect", "disconnecting", "newListener", "removeListener"].includes(name) && !Object.hasOwn(payloads, name));

const role = fc.constantFrom(...roles);
/** Mostly one payload and an ack callback, as a client sends; sometimes none, or extra arguments. */
const arity = fc.oneof({ weight: 18, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 2, max: 3 }) });

const emitPacket: fc.Arbitrary<EmitPacket> = fc
  .tuple(
    role,
    fc.oneof(
      { weight: 6, arbitrary: fc.constant("action") },
      { weight: 6, arbitrary: fc.constantFrom(...Object.keys(payloads).filter((e) => e !== "action")) },
      { weight: 1, arbitrary: unknownEvent },
    ),
    arity,
    fc.oneof({ weight: 14, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    fc.array(anyValue, { minLength: 3, maxLength: 3 }),
  )
  .chain(([r, event, n, ack, extras]) =>
    (Object.hasOwn(payloads, event) ? payloads[event]! : anyValue).map((payload): EmitPacket => ({ kind: "emit", role: r, event, args: [payload, ...extras].slice(0, n), ack })),
  );

// ---- Hand-written JSON for raw frames --------------------------------------------------------

/** A JSON text spliced in as it is. */
class Raw {
  constructor(readonly text: string) {}
}
/** An object written with these key/value pairs in order, duplicates and "__proto__" included. */
class Pairs {
  constructor(readonly pairs: [string, unknown][]) {}
}

export function jsonText(v: unknown, depth = 0): string {
  if (v instanceof Raw) return v.text;
  if (v instanceof Pairs) return `{${v.pairs.map(([k, x]) => `${JSON.stringify(k)}:${jsonText(x, depth + 1)}`).join(",")}}`;
  // Array.from, not map: a sparse array's holes are written as null, as JSON.stringify does.
  // Below what toPairs converts there is nothing of ours: JSON.stringify writes it, however deep.
  if (Array.isArray(v) && depth <= maxDepth + 1) return `[${Array.from(v, (x) => (x === undefined ? "null" : jsonText(x, depth + 1))).join(",")}]`;
  return JSON.stringify(v) ?? "null";
}

const rawNumber = fc.constantFrom("1e999", "-1e999", "-0", "1e-999", "2e0", "1E1", "0.5e1", "123456789012345678901234567890", "9007199254740993", "-9007199254740993", "4294967296", "2147483648");
const rawString = fc.constantFrom('"\\u0000"', '"ok\\u0000"', '"\\ud800"', '"\\udfff\\ud800"', '"\\u202e"', '"\\u200b"', '"a\\u0007b"', '"\\\\u0000"');

type WireEdit = { op: "number"; at: number; raw: string } | { op: "string"; at: number; raw: string } | { op: "dup"; key: string; value: unknown } | { op: "proto"; raw: string };

const wireEdit: fc.Arbitrary<WireEdit> = fc.oneof(
  fc.record({ op: fc.constant("number" as const), at: fc.nat(), raw: rawNumber }),
  fc.record({ op: fc.constant("string" as const), at: fc.nat(), raw: rawString }),
  fc.record({ op: fc.constant("dup" as const), key: fc.constantFrom("type", "actionId", "content", "afterSeq", "text", "active", "confirmTopic"), value: anyValue }),
  fc.record({
    op: fc.constant("proto" as const),
    raw: fc.constantFrom('{"polluted":"yes"}', '{"prototype":{"polluted":"yes"}}', "null", '{"isAdmin":true,"type":"lobby.ready"}', "[]"),
  }),
);

/** `value` as a JSON tree of Pairs and Raw, with the edits made. */
function editForWire(value: unknown, edits: readonly WireEdit[]): unknown {
  const tree = toPairs(value);
  if (!(tree instanceof Pairs)) return tree;
  for (const e of edits) {
    const leaves: [Pairs | unknown[], number][] = [];
    collectLeaves(tree, leaves);
    if (e.op === "number" || e.op === "string") {
      const wanted = leaves.filter(([o, i]) => typeof (o instanceof Pairs ? o.pairs[i]![1] : o[i]) === (e.op === "number" ? "number" : "string"));
      const pool = wanted.length > 0 ? wanted : leaves;
      const leaf = pool[e.at % Math.max(1, pool.length)];
      if (!leaf) continue;
      const [o, i] = leaf;
      if (o instanceof Pairs) o.pairs[i]![1] = new Raw(e.raw);
      else o[i] = new Raw(e.raw);
    } else if (e.op === "dup") tree.pairs.push([e.key, e.value]);
    else tree.pairs.unshift([["__proto__", "constructor"][e.raw.length % 2]!, new Raw(e.raw)]);
  }
  return tree;
}

/** The value with its objects as Pairs, down to `maxDepth`; below that it is written by JSON.stringify. */
function toPairs(v: unknown, depth = 0): unknown {
  if (depth > maxDepth) return v;
  if (Array.isArray(v)) return Array.from(v, (x) => toPairs(x, depth + 1));
  if (v !== null && typeof v === "object" && !Buffer.isBuffer(v)) {
    const o = v as Record<string, unknown>;
    return new Pairs(Object.keys(o).filter((k) => o[k] !== undefined).map((k) => [k, toPairs(o[k], depth + 1)]));
  }
  return v;
}

function collectLeaves(v: unknown, out: [Pairs | unknown[], number][], depth = 0): void {
  const inner = (x: unknown) => depth < maxDepth && (x instanceof Pairs || Array.isArray(x));
  if (v instanceof Pairs) v.pairs.forEach(([, x], i) => (inner(x) ? collectLeaves(x, out, depth + 1) : out.push([v, i])));
  else if (Array.isArray(v)) v.forEach((x, i) => (inner(x) ? collectLeaves(x, out, depth + 1) : out.push([v, i])));
}

/** Nesting far deeper than any client could stringify, within the 64 KB a packet may have. */
const deepWirePacket: fc.Arbitrary<WirePacket> = fc
  .tuple(role, fc.constantFrom("action", "sync", "note", "typing", "history"), fc.integer({ min: 2_000, max: 30_000 }), fc.boolean())
  .map(([r, event, depth, asArray]) => ({
    kind: "wire",
    role: r,
    ack: true,
    body: `[${JSON.stringify(event)},${asArray ? "[".repeat(depth) + "]".repeat(depth) : '{"a":'.repeat(Math.floor(depth / 3)) + "1" + "}".repeat(Math.floor(depth / 3))}]`,
  }));

const wireEdited: fc.Arbitrary<WirePacket> = fc
  .tuple(role, fc.constantFrom(...Object.keys(payloads)), fc.array(wireEdit, { minLength: 1, maxLength: 3 }), fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }))
  .chain(([r, event, edits, ack]) =>
    payloads[event]!.map((payload): WirePacket => ({ kind: "wire", role: r, ack, body: `[${JSON.stringify(event)},${jsonText(editForWire(payload, edits))}]` })),
  );

const wirePacket = fc.oneof({ weight: 12, arbitrary: wireEdited }, { weight: 1, arbitrary: deepWirePacket });

const brokenFrame = fc.oneof(
  fc.constantFrom(
    "", "2", "2[", "2{}", "2[]", "2[1]", "2[null]", '2["connect"]', '2["disconnect"]', '2["newListener","x"]', '2["removeListener"]',
    '2["disconnecting"]', '2["connect_error"]', "0", '0{"roomId":1}', "1", "3", "31[]", "4", "4{}", "9", "21", "2-1[]",
    '51-["action",{"_placeholder":true,"num":0}]', '52-["action",{"_placeholder":true,"num":7}]', '5["x"]', '6-[]',
    '2/admin,["action",{}]', "2/,[]", '2999999999999999999999["action",null]', '2["action"', "2[\"action\",{\"a\":1}]]", "x", "\u0000",
  ),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ maxLength: 40 }).map((s) => `2${s}`),
);

const terminalPacket: fc.Arbitrary<TerminalPacket> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(role, brokenFrame).map(([r, frame]): TerminalPacket => ({ kind: "terminal", role: r, frame, oversize: null })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(role, fc.constantFrom(...requestEvents), fc.integer({ min: socketMessageLimitBytes + 4_000, max: 3 * socketMessageLimitBytes }), fc.boolean())
      .map(([r, event, size, binary]): TerminalPacket => ({
        kind: "terminal",
        role: r,
        frame: null,
        oversize: { kind: "emit", role: r, event, ack: true, args: [binary ? { blob: Buffer.alloc(size, 7) } : { actionId: "oversize-1", type: "lobby.setTopic", content: { topic: "x".repeat(size) } }] },
      })),
  },
);

// ---- Handshakes and HTTP ---------------------------------------------------------------------

const handshakePacket: fc.Arbitrary<HandshakePacket> = fc.record({
  kind: fc.constant("handshake" as const),
  auth: fc.oneof(
    fc.record({ roomId: fc.constant("$ROOM"), token: fc.constantFrom("$OTHER", "$REVOKED"), lastSeq: fc.constant(0) }),
    fc.record({ roomId: fc.stringMatching(/^[A-Za-z0-9_-]{22}$/), token: fc.stringMatching(/^[A-Za-z0-9_-]{43}$/) }),
    fc.record({ roomId: fc.constant("$ROOM"), token: fc.stringMatching(/^[A-Za-z0-9_-]{43}$/) }),
    fc.record({ roomId: fc.constant("$ROOM"), token: fc.constant("$TOKEN"), lastSeq: anyValue }),
    fc.record({ roomId: fc.constant("$ROOM"), token: fc.constantFrom("$TOKEN", "$REVOKED"), reissue: fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{43}$/), badToken, anyValue) }),
    fc.record({ roomId: fc.oneof(anyValue, fc.constant("$ROOM")), token: fc.oneof(badToken, anyValue, fc.constant("$TOKEN")) }),
    fc.tuple(pollution, fc.constant("$TOKEN")).map(([o, token]) => Object.assign(Object.create(null) as object, o as object, { roomId: "$ROOM", token })),
    anyValue,
  ),
  origin: fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom("https://evil.example", "null", "http://127.0.0.1.evil.example", "not a url", "") }),
});

const httpPath = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("/api/rooms") },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "/api/rooms/", "/api/rooms?x=1", "/API/ROOMS", "/api/rooms/../health", "/api/health", "/api/health?x=%00", "/", "/r/abc",
      "/r/%00", "/%2e%2e/%2e%2e/etc/passwd", "/api/%00", "/api/rooms%00", "/api/rooms/__proto__", "/constructor",
      "/api/rooms?__proto__[x]=1", "/index.html", "/%C0%AE", "/%", "/%%", `/${"a".repeat(4000)}`, "//api//rooms",
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }).map((s) => `/${encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, ""))}`) },
);

const roomBody: fc.Arbitrary<unknown> = fc
  .tuple(personText, personText, personText, fc.array(mutation, { maxLength: 2 }))
  .map(([topic, a, b, m]) => mutate({ topic, partnerA: { name: a }, partnerB: { name: b } }, m));

const httpBody: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: roomBody.map((b) => JSON.stringify(b) ?? "null") },
  { weight: 1, arbitrary: fc.tuple(roomBody, fc.array(wireEdit, { minLength: 1, maxLength: 2 })).map(([b, e]) => jsonText(editForWire(b, e))) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "", "{", "null", "[]", '"x"', "1e999", "{}", '{"topic":', "\u0000", '{"__proto__":{"polluted":"yes"}}',
      '{"constructor":{"prototype":{"polluted":"yes"}}}', "topic=x&partnerA[name]=y", "\uFEFF{}",
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 16_000, max: 40_000 }).map((n) => JSON.stringify({ topic: "x".repeat(n), partnerA: { name: "a" }, partnerB: { name: "b" } })) },
);

const httpPacket: fc.Arbitrary<HttpPacket> = fc
  .tuple(
    fc.oneof({ weight: 6, arbitrary: fc.constant("POST") }, { weight: 3, arbitrary: fc.constantFrom("GET", "HEAD", "PUT", "DELETE", "PATCH", "OPTIONS") }),
    httpPath,
    fc.oneof(
      { weight: 5, arbitrary: fc.constant("application/json") },
      {
        weight: 3,
        arbitrary: fc.constantFrom(
          null, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "APPLICATION/JSON", "application/json; charset=utf-16",
          "application/json; charset=latin1", "application/jsonx", "application/json, text/plain", "application/ld+json", "*/*", "", "application/json;;", "application/json ; charset=UTF-8",
        ),
      },
    ),
    httpBody,
  )
  .map(([method, path, contentType, body]) => ({ kind: "http", method, path, contentType, body: method === "GET" || method === "HEAD" ? null : body }));

/** Every kind of hostile packet, in the proportions the fuzz test sends them. */
/** How many bytes an emit takes on the wire: its JSON, and the frame's type and ack id in front. */
function wireBytes(p: EmitPacket): number {
  return Buffer.byteLength(JSON.stringify([p.event, ...p.args]) ?? "") + 12;
}

/**
 * An emit is judged by its answer unless it is too big for the server to read: then it is
 * sent last on its socket, which it must close. Within a few bytes of the limit, where the
 * frame's own overhead decides, none is made.
 */
const sizedEmitPacket: fc.Arbitrary<EmitPacket | TerminalPacket> = emitPacket
  .filter((p) => Math.abs(wireBytes(p) - socketMessageLimitBytes) > 64)
  .map((p) => (wireBytes(p) > socketMessageLimitBytes ? { kind: "terminal", role: p.role, frame: null, oversize: p } : p));

export const packet: fc.Arbitrary<Packet> = fc.oneof(
  { weight: 62, arbitrary: sizedEmitPacket },
  { weight: 10, arbitrary: wirePacket },
  { weight: 2, arbitrary: terminalPacket },
  { weight: 6, arbitrary: handshakePacket },
  { weight: 18, arbitrary: httpPacket },
);

/** A packet as a short line for a report: long strings cut, odd characters escaped. */
export function describePacket(p: unknown): string {
  if (p !== null && typeof p === "object" && "body" in p && typeof p.body === "string" && p.body.length > 400) {
    return describePacket({ ...p, body: `${p.body.slice(0, 60)}…(${p.body.length} chars)…${p.body.slice(-30)}` });
  }
  const seen = new WeakSet<object>();
  let depth = 0;
  const text = JSON.stringify(p, function (this: unknown, _key, v: unknown) {
    if (++depth > 2_000) return "…";
    if (typeof v === "string" && v.length > 60) return `${v.slice(0, 24)}…(${v.length} chars)`;
    if (typeof v === "number" && !Number.isFinite(v)) return String(v);
    if (typeof v === "object" && v !== null) {
      if (seen.has(v)) return "[circular]";
      seen.add(v);
      if (Buffer.isBuffer(v)) return `<Buffer ${v.length} bytes>`;
      if (Array.isArray(v) && v.length > 8) return [...v.slice(0, 3), `…(${v.length} items)`];
    }
    return v;
  });
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}
