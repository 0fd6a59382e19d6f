import { createHash, createHmac, randomBytes } from "node:crypto";

/** A room's id: 128 bits from the OS's CSPRNG. Not a secret, but not guessable either. */
export function newRoomId(): string {
  return randomBytes(16).toString("base64url");
}

/** A seat's link token: 256 bits from the OS's CSPRNG. Only its hash is ever stored. */
export function newSeatToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** 256 bits from the OS's CSPRNG for a re-issued link, kept (hex) to answer the same request the same. */
export function newReissueSalt(): string {
  return randomBytes(32).toString("hex");
}

/**
 * A re-issued link's token: the server's 256 random bits keyed over the device's request key.
 * The server's randomness alone makes it unguessable, whatever the device sends; the request
 * key (never stored) is what lets the same device, and only it, be answered the same again.
 */
export function reissuedToken(salt: string, requestKey: string): string {
  return createHmac("sha256", Buffer.from(salt, "hex")).update(requestKey, "utf8").digest("base64url");
}
