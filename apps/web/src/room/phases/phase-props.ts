import type { Role, SessionState } from "@repair-room/protocol";
import type { UseRoom } from "../../connection/use-room";

/** What every phase screen is given (phase-view.tsx picks the screen). */
export interface PhaseProps<S extends SessionState> {
  room: UseRoom;
  role: Role;
  session: S;
  /** Paused or someone stepped away: inputs are locked, drafts kept. */
  locked: boolean;
}
