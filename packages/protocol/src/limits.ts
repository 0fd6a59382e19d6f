/** Room ids: 128 random bits, base64url. Seat tokens: 256 random bits, base64url. */
export const roomIdPattern = /^[A-Za-z0-9_-]{22}$/;
export const seatTokenPattern = /^[A-Za-z0-9_-]{43}$/;
