
/**
 * The room's keys, made on the device that creates the room and carried only in the links'
 * fragment (which browsers never send to a server): the room key seals what the partners
 * write, the coach key what the coach notes (only observer links carry it). Raw AES-256 keys
 * in base64url, 43 characters, like a seat's token.
 */
export interface RoomKeys {
  room: string;
  /** Observer links only. */
  coach?: string;
}

export const keyPattern = /^[A-Za-z0-9_-]{43}$/;

/** A seat's link fragment: its token, then the keys it holds, dot-separated. */
export interface LinkSecret {
  token: string;
  keys: RoomKeys | null;
}

/**
 * Read a link's fragment. A link made before sealing holds only the token; anything malformed
 * after the token reads as no keys at all rather than half of them.
 */
export function parseLinkSecret(fragment: string): LinkSecret {
  const [token = "", room, coach, ...rest] = fragment.split(".");
  if (room === undefined || rest.length > 0 || !keyPattern.test(room) || (coach !== undefined && !keyPattern.test(coach))) {
    return { token, keys: null };
  }
  return { token, keys: coach === undefined ? { room } : { room, coach } };
}

export function formatLinkSecret({ token, keys }: LinkSecret): string {
  if (!keys) return token;
  return [token, keys.room, ...(keys.coach ? [keys.coach] : [])].join(".");
}

/**
 * A link the server made (`…/r/<room>#<token>`) with `keys` after its token, as the device that
 * made them hands it out; null when the link has no fragment to carry them.
 */
export function linkWithKeys(link: string, keys: RoomKeys): string | null {
  const at = link.indexOf("#");
  return at < 0 ? null : `${link.slice(0, at + 1)}${formatLinkSecret({ token: link.slice(at + 1), keys })}`;
}
