import { useState } from "react";
import { useRoom } from "../connection/use-room";
import { forgetRoomHere } from "../devices/forget-room-here";
import { useRememberRoom } from "../devices/use-remember-room";
import { RecapPage } from "../recap/recap-page";
import type { RoomPlace } from "../router";
import { ConnectionBanner } from "./connection-banner";
import { RoomHome } from "./home/room-home";
import { LiveRoom } from "./live-room";
import { RoomClosedOff, RoomDeletedPage } from "./room-closed-off";

/**
 * One seat's room: connection state, then, once this link is welcomed, the place asked for:
 * the live session, the room's home, or a recap. One connection serves all three.
 */
export function RoomScreen({ roomId, token, place }: { roomId: string; token: string; place: RoomPlace }) {
  const room = useRoom(roomId, token);
  const { status, role, timeline } = room;
  const state = timeline.state;
  // This person deleted the room: their page says so calmly, whatever the closing socket says.
  const [deletedHere, setDeletedHere] = useState(false);
  useRememberRoom(room);

  let body;
  if (deletedHere) {
    body = <RoomDeletedPage />;
  } else if (status === "refused" || status === "outdated") {
    body = <RoomClosedOff status={status} refusal={room.refusal} />;
  } else if (!role || !state.session) {
    body = (
      <main id="main" className="page" tabIndex={-1}>
        <p className="brand">Repair Room</p>
        <p className="connecting" role="status">
          {status === "reconnecting" ? "Still trying to reach the room… It will connect by itself." : "Connecting…"}
        </p>
      </main>
    );
  } else if (place.kind === "home") {
    body = (
      <RoomHome
        room={room}
        role={role}
        onDeleted={() => {
          forgetRoomHere(roomId);
          setDeletedHere(true);
        }}
      />
    );
  } else if (place.kind === "recap") {
    body = <RecapPage room={room} role={role} ordinal={place.ordinal} />;
  } else {
    body = <LiveRoom room={room} role={role} session={state.session} />;
  }

  return (
    <div
      className="room"
      data-role={role ?? ""}
      data-last-seq={state.seq}
      data-connection={status}
      data-unacknowledged={room.outbox.length}
      data-waiting={room.waiting?.reason ?? ""}
      data-phase={state.session?.phase ?? ""}
      data-place={place.kind}
    >
      <ConnectionBanner status={status} everConnected={role !== null} />
      {body}
    </div>
  );
}
