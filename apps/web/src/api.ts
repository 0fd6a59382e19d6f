import { errorCodes, refusal, type CreateRoom, type CreatedRoom, type ErrorCode, type Refusal } from "@repair-room/protocol";

/**
 * The page's only HTTP call. Everything else goes through the room's socket
 * (`room/room-connection.ts`). Both talk only to this page's own origin.
 */
export async function createRoom(input: CreateRoom): Promise<{ ok: true; room: CreatedRoom } | Refusal> {
  let response: Response;
  try {
    response = await fetch("/api/rooms", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(input),
    });
  } catch {
    return refusal("unavailable");
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok && isCreatedRoom(body)) return { ok: true, room: body };
  return refusalFrom(body) ?? refusal(response.status === 429 ? "rate_limited" : "internal");
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
