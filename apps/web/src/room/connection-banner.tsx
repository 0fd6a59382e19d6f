import type { ConnectionStatus } from "../connection/room-connection";

/** A gentle note while the connection is down. Nothing typed or sent is lost meanwhile. */
export function ConnectionBanner({ status, everConnected }: { status: ConnectionStatus; everConnected: boolean }) {
  const show = status === "reconnecting" && everConnected;
  return (
    <div className="banner-slot" role="status">
      {show ? <p className="banner">Reconnecting… Your place is kept, and nothing is lost.</p> : null}
    </div>
  );
}
