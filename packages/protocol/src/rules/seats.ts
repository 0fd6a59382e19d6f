import { isPartner, type Role } from "../roles.js";

/**
 * Who may do what, by seat: the one table of role rules. The session's own steps are the
 * partners'; `decide` asks this table, and so does the server for what lies outside the
 * event log (notes, writing signals, links, deleting the room).
 */
export const seatRights = {
  /** Write a session's content: every step of every phase. */
  writeContent: isPartner,
  /** Raise the pause signal: anyone in the room, the coach too. */
  raisePause: () => true,
  /** "I need to stop", "continue another time", and coming back. */
  stepAway: isPartner,
  /** Tell the room they are writing (never what). */
  signalWriting: isPartner,
  /** Keep private notes on a session, and read them: the coach's alone. */
  keepNotes: (role: Role) => role === "observer",
  /** Ask for a new link for their own seat (the old one stops working). */
  reissueLink: () => true,
  /** Erase the room with everything in it. */
  deleteRoom: isPartner,
} satisfies Record<string, (role: Role) => boolean>;

export type SeatRight = keyof typeof seatRights;

export function may(role: Role, right: SeatRight): boolean {
  return seatRights[right](role);
}
