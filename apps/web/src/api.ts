import {
  errorCodes,
  linkWithKeys,
  newRoomKey,
  refusal,
  RoomSealer,
  type CreateRoom,
  type CreatedRoom,
  type ErrorCode,
  type Refusal,
  type RoomKeys,
} from "@repair-room/protocol";

/**
 * The page's only HTTP call. Everything else goes through the room's socket
 * (`connection/room-connection.ts`). Both talk only to this page's own origin.
 *
 * The room's keys are made here, on this device: the topic and names go sealed, and the keys
 * are added to the links' fragments the server answers with. The server never sees them.
 */
export async function createRoom(input: CreateRoom): Promise<{ ok: true; room: CreatedRoom } | Refusal> {
  const keys: RoomKeys = { room: newRoomKey(), coach: newRoomKey() };
  let response: Response;
  try {
    const sealed = await (await RoomSealer.create(keys)).seal("createRoom", input, "partnerA");
    response = await fetch("/api/rooms", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(sealed),
    });
  } catch {
    return refusal("unavailable");
  }
  const body: unknown = await response.json().catch(() => null);
  const room = response.ok && isCreatedRoom(body) ? withKeys(body, keys) : null;
  if (room) return { ok: true, room };
  return refusalFrom(body) ?? refusal(response.status === 429 ? "rate_limited" : "internal");
}

/** Whether this page can make a room's keys: browsers give WebCrypto only to HTTPS and localhost. */
export function canSeal(): boolean {
  return globalThis.isSecureContext !== false && globalThis.crypto?.subtle !== undefined;
}

/**
 * The partners' links carry the room key; the coach's, the coach key too. Null when a link has
 * no place for its key: it could never open the room's words, so better no room than that.
 */
function withKeys(room: CreatedRoom, keys: RoomKeys): CreatedRoom | null {
  const partnerA = linkWithKeys(room.links.partnerA, { room: keys.room });
  const partnerB = linkWithKeys(room.links.partnerB, { room: keys.room });
  const observer = linkWithKeys(room.links.observer, keys);
  return partnerA && partnerB && observer ? { ...room, links: { partnerA, partnerB, observer } } : null;
}

function isCreatedRoom(body: unknown): body is CreatedRoom {
  if (typeof body !== "object" || body === null) return false;
  const links = (body as { links?: unknown }).links;
  if (typeof links !== "object" || links === null) return false;
  const { partnerA, partnerB, observer } = links as Record<string, unknown>;
  return typeof partnerA === "string" && typeof partnerB === "string" && typeof observer === "string";
}

function refusalFrom(body: unknown): Refusal | null {
  const error = typeof body === "object" && body !== null ? (body as { error?: unknown }).error : null;
  if (typeof error !== "object" || error === null) return null;
  const { code, message, field } = error as Record<string, unknown>;
  if (!isErrorCode(code) || typeof message !== "string") return null;
  if (typeof field !== "string") return { ok: false, code, message };
  return { ok: false, code, message: withoutFieldPrefix(message, field), field };
}

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === "string" && (errorCodes as readonly string[]).includes(code);
}

/**
 * The server's parse errors read "partnerA.name: Please write…"; the dotted path is for
 * programs, and the field is already shown beside its input, so people get the sentence only.
 */
function withoutFieldPrefix(message: string, field: string): string {
  const prefix = `${field}: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}
