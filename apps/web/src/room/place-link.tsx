import type { ReactNode } from "react";
import { roomPath, useLocation, type RoomPlace } from "../router";
import { Link } from "../ui/link";

/**
 * A link to another place in this room (the session, the room's home, a recap) on the same
 * connection. The seat's token is read from the address as it is now, so a link drawn
 * before a re-issue still leads on with the new one.
 */
export function PlaceLink({ roomId, place, className, children }: { roomId: string; place: RoomPlace; className?: string; children: ReactNode }) {
  const { hash } = useLocation();
  return (
    <Link to={roomPath(roomId, place, hash)} className={className}>
      {children}
    </Link>
  );
}
