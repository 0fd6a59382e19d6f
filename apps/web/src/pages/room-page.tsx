import { parseLinkSecret } from "@repair-room/protocol";
import { canSeal } from "../api";
import { RoomScreen } from "../room/room-screen";
import type { RoomPlace } from "../router";
import { Link } from "../ui/link";

/** `/r/:roomId#token`: the token is the seat's key; it lives in the fragment, never sent over HTTP. */
export function RoomPage({ roomId, token, place }: { roomId: string; token: string; place: RoomPlace }) {
  if (!token) return <IncompleteLink />;
  if (parseLinkSecret(token).keys && !canSeal()) return <CannotOpenHere />;
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

/** A sealed room's link opened over plain HTTP to another address: the browser keeps WebCrypto away. */
function CannotOpenHere() {
  return (
    <main id="main" className="page" tabIndex={-1}>
      <p className="brand">Repair Room</p>
      <h1>This room can't be opened from this address</h1>
      <p>
        What is written in this room is sealed on your devices, and browsers open sealed words only on a secure address
        (one that starts with <span className="nowrap">“https://”</span>) or on the computer that runs it
        (<span className="nowrap">“localhost”</span>).
      </p>
      <p>Please open the same link through its https:// address. Nothing in the room has changed.</p>
    </main>
  );
}
