import { isPartner, type Role } from "@repair-room/protocol";
import { useState } from "react";
import { useHistory } from "../../connection/use-history";
import type { UseRoom } from "../../connection/use-room";
import { PlaceLink } from "../place-link";
import { DeleteRoomDialog, DeleteRoomSection } from "./delete-room";
import { FollowUpStart } from "./follow-up-start";
import { LookBackList } from "./look-back-list";
import { lookBacks } from "./look-backs";
import { WaitingNote } from "../waiting-note";
import { SessionList } from "./session-list";
import { YourLink } from "./your-link";

/**
 * The room's home: who and what it is about, a follow-up when the last session is closed,
 * how the next steps went, every session (with its recap once closed), this seat's link,
 * and, for partners, deleting the room.
 */
export function RoomHome({ room, role, onDeleted }: { room: UseRoom; role: Role; onDeleted: () => void }) {
  const { topic, names, session } = room.timeline.state;
  const history = useHistory(room);
  const [deleting, setDeleting] = useState(false);
  const looks = history.sessions ? lookBacks(history.sessions) : [];
  const canFollowUp = isPartner(role) && session?.phase === "closed";

  return (
    <>
      <main id="main" className="page room-home" tabIndex={-1} inert={deleting || undefined}>
        <div className="home-top">
          <p className="brand">Repair Room</p>
          <PlaceLink room={room} place={{ kind: "live" }} className="back-link">
            Back to the session
          </PlaceLink>
        </div>
        <div className="stack-tight">
          <p className="eyebrow-plain muted">Sessions and links</p>
          <h1 className="topic">{topic}</h1>
          <p>
            {names.partnerA} and {names.partnerB}
            <span className="muted"> · {isPartner(role) ? `you are ${names[role]}` : "you are following as the coach"}</span>
          </p>
        </div>

        {canFollowUp ? <FollowUpStart room={room} /> : null}
        {/* An action sent from here, or from the session before coming here, still on its way. */}
        <WaitingNote room={room} />
        {looks.length > 0 ? <LookBackList looks={looks} role={role} names={names} /> : null}

        <section className="stack" aria-labelledby="sessions-heading">
          <h2 id="sessions-heading">Sessions</h2>
          {history.sessions ? (
            <SessionList room={room} history={history.sessions} live={session} />
          ) : history.error ? null : (
            <p className="muted" role="status">
              Getting your sessions…
            </p>
          )}
          {history.error ? (
            <div className="stack-tight">
              <p className="form-error" role="alert">
                {history.error.message}
              </p>
              <button type="button" className="button secondary" onClick={history.reload}>
                Try again
              </button>
            </div>
          ) : null}
        </section>

        <YourLink room={room} role={role} />
        {isPartner(role) ? <DeleteRoomSection onAsk={() => setDeleting(true)} /> : null}
      </main>
      {deleting ? <DeleteRoomDialog room={room} onCancel={() => setDeleting(false)} onDeleted={onDeleted} /> : null}
    </>
  );
}
