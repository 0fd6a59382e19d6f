import { RoomScreen } from "../room/room-screen";
import type { RoomPlace } from "../router";
import { Link } from "../ui/link";

/** `/r/:roomId#token`: the token is the seat's key; it lives in the fragment, never sent over HTTP. */
export function RoomPage({ roomId, token, place }: { roomId: string; token: string; place: RoomPlace }) {
  if (!token) return <IncompleteLink />;
  return <RoomScreen roomId={roomId} token={token} place={place} />;
}

function IncompleteLink() {
  return (
    <main id="main" className="page" tabIndex={-1}>
      <p className="brand">Repair Room</p>
      <h1>This link isn't complete</h1>
      <p>
        The end of the link (the part after the <span className="nowrap">“#”</span>) is missing, and it is the key to
        the room. Please copy the whole link again, or ask for it to be sent again.
      </p>
      <p>
        <Link to="/">Or start a new room</Link>
      </p>
    </main>
  );
}
