import {
  defaultEngineOptions,
  emptyTimeline,
  nobodyPresent,
  type EngineOptions,
  type Intent,
  type IntentType,
  type ObserverNote,
  type Presence,
  type Refusal,
  type Role,
  type Timeline,
} from "@repair-room/protocol";
import type { Waiting } from "./resend-policy";
import { nobodyWriting, type Writing } from "./writing-signal";

/** What a room screen renders from, kept by `RoomConnection` (room-connection.ts). */

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An intent as a screen asks for it; the connection gives it its actionId. */
export type IntentBody = DistributiveOmit<Intent, "actionId">;

/**
 * - `connecting`: first attempt, nothing heard yet.
 * - `open`: welcomed; the timeline is live.
 * - `reconnecting`: the connection dropped (or never came up); socket.io keeps trying.
 * - `refused`: the link itself was turned away; trying again would not help.
 * - `outdated`: the server speaks a newer protocol than this page; a reload fixes it.
 */
export type ConnectionStatus = "connecting" | "open" | "reconnecting" | "refused" | "outdated";

/** Everything a room screen renders from. Replaced (never mutated) on every change. */
export interface RoomView {
  status: ConnectionStatus;
  /**
   * The seat's token as the connection holds it now: the one source for every link and
   * in-room address (a re-issue replaces it; the address follows, never the other way).
   */
  token: string;
  /** Why the link was refused, when `status` is `refused`. */
  refusal: Refusal | null;
  /** This link's seat, known from the first welcome on. */
  role: Role | null;
  timeline: Timeline;
  presence: Presence;
  /**
   * Actions the room has not settled yet, oldest first. They are sent again, same actionId,
   * after a reconnect, a lost answer, a "not now" from the room, and a reload of this tab.
   */
  outbox: readonly Intent[];
  /**
   * Why the outbox is still waiting, when it is more than a moment: offline, no answer, or the
   * room unable or too busy to take it just now. Null while nothing waits (or it is just on its
   * way). Screens say it calmly; the action goes by itself, and nothing needs doing again.
   */
  waiting: Waiting | null;
  /** The room's answer to the last refused action, to show beside its control (named by `intentType`). */
  actionError: ActionError | null;
  /** Who is writing now (never what). Forgotten after a while without news. */
  writing: Writing;
  /** Observer seats only: the coach's private notes, oldest first. */
  notes: readonly ObserverNote[];
  /**
   * Server time minus this device's time, in ms, estimated from the last live event
   * (so a countdown follows the server's clock). 0 until one arrives.
   */
  clockOffset: number;
  /** The method's numbers this room runs by (tries, pause lengths, limits), from the welcome. */
  options: EngineOptions;
}

export type ActionError = Refusal & { intentType: IntentType };

export const initialRoomView: RoomView = {
  status: "connecting",
  token: "",
  refusal: null,
  role: null,
  timeline: emptyTimeline,
  presence: nobodyPresent,
  outbox: [],
  waiting: null,
  actionError: null,
  writing: nobodyWriting,
  notes: [],
  clockOffset: 0,
  options: defaultEngineOptions,
};
