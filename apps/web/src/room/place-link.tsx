import type { ReactNode } from "react";
import type { UseRoom } from "../connection/use-room";
import { roomPath, type RoomPlace } from "../router";
import { Link } from "../ui/link";

/**
 * A link to another place in this room (the session, the room's home, a recap) on the same
 * connection, with the seat's token as the connection holds it now (never the address's,
 * which may show an older one for a moment after "Back").
 */
export function PlaceLink({ room, place, className, children }: { room: Pick<UseRoom, "roomId" | "token">; place: RoomPlace; className?: string; children: ReactNode }) {
  return (
    <Link to={roomPath(room.roomId, place, room.token)} className={className}>
      {children}
    </Link>
  );
}
