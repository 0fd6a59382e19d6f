import type { Role } from "@repair-room/protocol";
import type { UseRoom } from "../use-room";

/** The room's home: its sessions, progress over them, the links, deleting the room. */
export function RoomHome({ room, role }: { room: UseRoom; role: Role }) {
  return (
    <main id="main" className="page" tabIndex={-1}>
      <p className="brand">Repair Room</p>
      <h1>{room.timeline.state.topic}</h1>
      <p className="muted">{role}</p>
    </main>
  );
}
