/** Length limits on every text a person writes, in characters (after trimming). */
export const limits = {
  topic: 120,
  displayName: 40,
} as const;

/** Room ids: 128 random bits, base64url. Seat tokens: 256 random bits, base64url. */
export const roomIdPattern = /^[A-Za-z0-9_-]{22}$/;
export const seatTokenPattern = /^[A-Za-z0-9_-]{43}$/;
