import { createHash, randomBytes } from "node:crypto";

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
