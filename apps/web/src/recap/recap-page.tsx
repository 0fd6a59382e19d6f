import type { Role } from "@repair-room/protocol";
import type { UseRoom } from "../room/use-room";

/** One closed session's recap, read from its stored row, with its exports. */
export function RecapPage({ room, role, ordinal }: { room: UseRoom; role: Role; ordinal: number }) {
  return (
    <main id="main" className="page" tabIndex={-1}>
      <p className="brand">Repair Room</p>
      <h1>{room.timeline.state.topic}</h1>
      <p className="muted">
        {role} · session {ordinal}
      </p>
    </main>
  );
}
