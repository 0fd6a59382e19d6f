import { actorName, isPartner, otherPartner, partnerRoles, type ActivePause, type Role } from "@repair-room/protocol";
import type { UseRoom } from "../connection/use-room";
import { CalmDialog } from "../ui/calm-dialog";
import { useNow } from "../ui/use-now";
import { ObserverNotes } from "./observer-notes";
import { RefusalNote } from "./send-button";
import { WaitingNote } from "./waiting-note";

/** "1:05" from milliseconds, rounded up: it reaches 0:00 only when the time is really up. */
export function countdownText(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/**
 * The pause signal, on every screen at once: a breathing guide and a countdown to the
 * server's end time (corrected for this device's clock). After it, each partner says
 * "I'm ready"; the session goes on when both have.
 */
export function PauseOverlay({ room, role, pause, returnFocusTo }: { room: UseRoom; role: Role; pause: ActivePause; returnFocusTo?: () => Element | null }) {
  const now = useNow(250) + room.clockOffset;
  const left = pause.endsAt - now;
  const timeUp = left <= 0;
  const names = room.timeline.state.names;
  const me = isPartner(role) ? role : null;
  const sending = room.outbox.some((i) => i.type === "pause.ready");
  const by = pause.by === role ? "You" : actorName(pause.by, names);

  return (
    <CalmDialog title="Paused" titleId="pause-title" describedBy="pause-about" returnFocusTo={returnFocusTo}>
      <p id="pause-about">
        {by} asked for a {pause.minutes}-minute pause. Nothing is lost: what you've written is kept.
      </p>
      <div className="breathing" aria-hidden="true">
        <div className="breath-circle" />
      </div>
      <p className="breath-text">
        <span className="with-motion">Breathe in as the circle grows, and out as it gets smaller.</span>
        <span className="without-motion">Breathe in slowly for a count of four, and out for a count of six.</span>
      </p>
      <p className="countdown" role="timer" aria-atomic="true">
        <span className="countdown-time">{countdownText(left)}</span> <span className="muted">{timeUp ? "" : "left"}</span>
      </p>
      <p role="status" className="pause-status">
        {timeUp ? (me ? "You can go on whenever you're ready." : "They can go on whenever they're both ready.") : ""}
      </p>
      {timeUp ? (
        <ul role="list" className="ready-list" aria-live="polite" data-testid="pause-ready">
          {partnerRoles.map((p) => (
            <li key={p} className={pause.ready[p] ? "ready-item ready" : "ready-item"}>
              <span className="ready-mark" aria-hidden="true">
                {pause.ready[p] ? "✓" : ""}
              </span>
              <span>{p === me ? "You" : names[p]}</span>
              <span className="ready-state">{pause.ready[p] ? "ready to go on" : "not yet"}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {me ? (
        pause.ready[me] ? (
          <p className="next-step-text">You're ready. Waiting for {names[otherPartner(me)]}…</p>
        ) : (
          <>
            <button
              type="button"
              className={timeUp ? "button primary big" : "button secondary big"}
              aria-disabled={!timeUp || sending || undefined}
              onClick={() => {
                if (timeUp && !sending) room.act({ type: "pause.ready" });
              }}
            >
              {sending ? "One moment…" : "I'm ready"}
            </button>
            {!timeUp ? <p className="muted">You can say you're ready once the time is up.</p> : null}
            <RefusalNote room={room} types={["pause.ready"]} />
          </>
        )
      ) : (
        <>
          <p>
            {names.partnerA} and {names.partnerB} go on when they're both ready.
          </p>
          {/* The coach's notes stay in reach during a pause: the page behind is locked. */}
          <ObserverNotes room={room} />
        </>
      )}
      {/* The page behind is locked: what waits to be sent is said here. */}
      <WaitingNote room={room} />
      {me ? (
        <button type="button" className="button quiet" onClick={() => room.act({ type: "session.leave" })}>
          I need to stop
        </button>
      ) : null}
    </CalmDialog>
  );
}
