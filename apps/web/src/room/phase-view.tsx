import { assertNever, type Role, type SessionState } from "@repair-room/protocol";
import { CheckInNext } from "./check-in-next";
import { Lobby } from "./lobby";
import type { UseRoom } from "./use-room";

export interface PhaseProps<S extends SessionState> {
  room: UseRoom;
  role: Role;
  session: S;
}

/** One screen per phase. A phase added to the protocol fails the typecheck here until it has one. */
export function PhaseView({ room, role, session }: PhaseProps<SessionState>) {
  switch (session.phase) {
    case "lobby":
      return <Lobby room={room} role={role} session={session} />;
    case "checkIn":
      return <CheckInNext room={room} role={role} session={session} />;
    // Their screens come with the next issue; until then the page says where the session is.
    case "review":
    case "share":
    case "intentions":
    case "agreements":
      return (
        <section className="card next-step" aria-live="polite">
          <p>The session has moved on to its next step.</p>
        </section>
      );
    case "closed":
      return (
        <section className="card next-step" aria-live="polite">
          <p>This session is closed.</p>
        </section>
      );
    default:
      return assertNever(session);
  }
}
