import { assertNever, type SessionState } from "@repair-room/protocol";
import { Agreements } from "./phases/agreements";
import { CheckIn } from "./phases/check-in";
import { Closed } from "./phases/closed";
import { Intentions } from "./phases/intentions";
import { Lobby } from "./phases/lobby";
import type { PhaseProps } from "./phases/phase-props";
import { Review } from "./phases/review";
import { Share } from "./phases/share";

/** One screen per phase. A phase added to the protocol fails the typecheck here until it has one. */
export function PhaseView({ room, role, session, locked }: PhaseProps<SessionState>) {
  switch (session.phase) {
    case "lobby":
      return <Lobby room={room} role={role} session={session} locked={locked} />;
    case "review":
      return <Review room={room} role={role} session={session} locked={locked} />;
    case "checkIn":
      return <CheckIn room={room} role={role} session={session} locked={locked} />;
    case "share":
      return <Share room={room} role={role} session={session} locked={locked} />;
    case "intentions":
      return <Intentions room={room} role={role} session={session} locked={locked} />;
    case "agreements":
      return <Agreements room={room} role={role} session={session} locked={locked} />;
    case "closed":
      return <Closed room={room} role={role} session={session} locked={locked} />;
    default:
      return assertNever(session);
  }
}
