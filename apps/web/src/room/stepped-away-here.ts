import type { Role } from "@repair-room/protocol";
import { browserStorage, seatKey } from "../connection/browser-storage";

/**
 * The step away ("I need to stop", "continue another time") this tab showed its calm page
 * for, by seq. A reload of the same tab keeps that page, with its support list; opening the
 * link again later, in a new tab, is a welcome back. sessionStorage is per tab and forgotten
 * when the tab closes, which is exactly that line.
 */
const key = (roomId: string, role: Role) => seatKey("repair-room:stepped-away", roomId, role);

export function steppedAwayHere(roomId: string, role: Role): number | null {
  try {
    const value = Number(browserStorage("sessionStorage")?.getItem(key(roomId, role)));
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null; // storage blocked: a reload then welcomes back, which is still calm
  }
}

export function rememberSteppedAwayHere(roomId: string, role: Role, seq: number): void {
  try {
    browserStorage("sessionStorage")?.setItem(key(roomId, role), String(seq));
  } catch {
    // nothing to keep it in
  }
}
