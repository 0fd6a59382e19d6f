import type { IncomingHttpHeaders } from "node:http";
import type { Role } from "@repair-room/protocol";

/** A seat's link: the token rides in the fragment, which browsers never send to a server. */
export function seatLink(origin: string, roomId: string, token: string): string {
  return `${origin}/r/${roomId}#${token}`;
}

/** The origin the person reached us on, so links open where the room was made. */
export function originOf(headers: IncomingHttpHeaders, protocol: "http" | "https", host: string | undefined): string {
  const origin = headers.origin;
  if (typeof origin === "string" && /^https?:\/\/[^/]+$/.test(origin)) return origin;
  return `${protocol}://${host ?? headers.host ?? "localhost"}`;
}

export type SeatLinks = Record<Role, string>;
