import { useRoom } from "./use-room";
import { ConnectionBanner } from "./connection-banner";
import { PhaseProgress } from "./phase-progress";
import { PhaseView } from "./phase-view";
import { PresenceBar } from "./presence-bar";
import { RoomClosedOff } from "./room-closed-off";

/** One seat's room: connection state, the shared header, then the current phase. */
export function RoomScreen({ roomId, token }: { roomId: string; token: string }) {
  const room = useRoom(roomId, token);
  const { status, role, timeline, presence } = room;
  const state = timeline.state;

  let body;
  if (status === "refused" || status === "outdated") {
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
  } else {
    body = (
      <>
        <header className="room-header">
          <p className="brand">Repair Room</p>
          <PhaseProgress phase={state.session.phase} kind={state.session.kind} />
        </header>
        <main id="main" className="page room-main" tabIndex={-1}>
          <p className="eyebrow">Talking about</p>
          <h1 className="topic">{state.topic}</h1>
          <PresenceBar role={role} names={state.names} presence={presence} />
          <PhaseView room={room} role={role} session={state.session} />
        </main>
      </>
    );
  }

  return (
    <div
      className="room"
      data-role={role ?? ""}
      data-last-seq={state.seq}
      data-connection={status}
      data-unacknowledged={room.outbox.length}
    >
      <ConnectionBanner status={status} everConnected={role !== null} />
      {body}
    </div>
  );
}
