import type { Role, SessionSummary } from "@repair-room/protocol";
import { useState, type ReactNode } from "react";
import { useHistory } from "../connection/use-history";
import type { UseRoom } from "../connection/use-room";
import { roomPath } from "../router";
import { Link } from "../ui/link";
import { CheckInCalendar } from "./check-in-calendar";
import { CoachNotes } from "./coach-notes";
import { KeepACopy } from "./keep-a-copy";
import { RecapView } from "./recap-view";

/**
 * One closed session's recap, read from its stored row (the room's history), never from live
 * events: it reads the same after a restart and years later. With its exports, made on the device.
 */
export function RecapPage({ room, role, ordinal }: { room: UseRoom; role: Role; ordinal: number }) {
  const history = useHistory(room);
  const home = roomPath(room.roomId, { kind: "home" }, room.token);
  const live = roomPath(room.roomId, { kind: "live" }, room.token);
  const summary = history.sessions?.find((s) => s.ordinal === ordinal);

  return (
    <div className="recap-page">
      <nav className="recap-nav no-print" aria-label="In this room">
        <Link to={home} className="button quiet">
          <span aria-hidden="true">←&nbsp;</span>Back to the room
        </Link>
        <Link to={live} className="button quiet">
          Go to the session
        </Link>
      </nav>
      <main id="main" className="page recap-main" tabIndex={-1}>
        <p className="brand">Repair Room</p>
        <p className="eyebrow">Talking about</p>
        {/* The topic as it was when this session closed (a later lobby may have changed the room's). */}
        <h1 className="topic">{summary?.recap?.topic ?? room.timeline.state.topic}</h1>
        {summary?.recap ? (
          <StoredRecapPage summary={summary} recap={summary.recap} role={role} />
        ) : history.sessions === null && history.error ? (
          <Calm title="The recap can't be opened just now">
            <p>It is kept safely in the room, which can't be reached right now. Please try again in a moment.</p>
            <button type="button" className="button primary wide" onClick={history.reload}>
              Try again
            </button>
          </Calm>
        ) : history.sessions === null ? (
          <p className="connecting" role="status">
            Opening your recap…
          </p>
        ) : summary ? (
          <Calm title={`Session ${ordinal} isn't finished yet`}>
            <p>Its recap appears here once both partners approve their agreements.</p>
            <Link to={live} className="button primary wide">
              Go to the session
            </Link>
          </Calm>
        ) : (
          <Calm title={`There's no session ${ordinal} in this room`}>
            <p>This link may be for a session that hasn't happened yet. The recaps of every session are in the room.</p>
            <Link to={home} className="button primary wide">
              Back to the room
            </Link>
          </Calm>
        )}
        <p className="no-print">
          <Link to={home}>Back to the room</Link>
        </p>
      </main>
    </div>
  );
}

function StoredRecapPage({ summary, recap, role }: { summary: SessionSummary; recap: NonNullable<SessionSummary["recap"]>; role: Role }) {
  // Only an observer seat's history carries notes; the role check keeps it so if that changed.
  const notes = role === "observer" ? (summary.notes ?? []) : null;
  // Opt-in: a copy may be passed on or printed where others see it.
  const [withNotes, setWithNotes] = useState(false);
  return (
    <>
      <p className="lead no-print">Everything you agreed, kept in your room. At the end of the page you can keep a copy of your own.</p>
      <RecapView recap={recap} />
      {notes ? <CoachNotes recap={recap} notes={notes} printed={withNotes && notes.length > 0} /> : null}
      <KeepACopy recap={recap} notes={notes} withNotes={withNotes} onWithNotes={setWithNotes} />
      <CheckInCalendar recap={recap} />
    </>
  );
}

/** A state of the page that is not the recap: one heading, a few words, one way on. */
function Calm({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card stack" aria-labelledby="recap-state-heading">
      <h2 id="recap-state-heading">{title}</h2>
      {children}
    </section>
  );
}
