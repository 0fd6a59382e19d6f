/** Room ids: 128 random bits, base64url. Seat tokens: 256 random bits, base64url. */
export const roomIdPattern = /^[A-Za-z0-9_-]{22}$/;
export const seatTokenPattern = /^[A-Za-z0-9_-]{43}$/;

/**
 * The highest seq a room can reach: rooms count their events in a 32-bit column. A client
 * naming a later one names no event there is; refusing it at the edge keeps it from the store.
 */
export const maxSeq = 2_147_483_647;
