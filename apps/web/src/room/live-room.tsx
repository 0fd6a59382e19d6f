import { nextStep, type Role, type RoomEvent, type SessionState } from "@repair-room/protocol";
import { useCallback, useEffect, useRef, useState } from "react";
import type { UseRoom } from "../connection/use-room";
import { ActionDockProvider } from "./action-dock";
import { AwayOverlay, steppedAway, SteppedAwayPage } from "./away";
import { ObserverNotes } from "./observer-notes";
import { PauseOverlay } from "./pause-overlay";
import { PhaseProgress } from "./phase-progress";
import { PhaseView } from "./phase-view";
import { PlaceLink } from "./place-link";
import { PresenceBar } from "./presence-bar";
import { SafetyBar } from "./safety-bar";
import { rememberSteppedAwayHere, steppedAwayHere } from "./stepped-away-here";
import { TimelineList } from "./timeline-list";
import { WaitingNote } from "./waiting-note";

/** The room once this seat is in: shared header, the next step, the phase, and what's always in reach. */
export function LiveRoom({ room, role, session }: { room: UseRoom; role: Role; session: SessionState }) {
  const state = room.timeline.state;
  // Where this page came in: stepping away before it is a "welcome back", after it this page's
  // own doing; so is a step away this tab already showed the calm page for (a reload).
  const [arrivedAt] = useState(() => Math.min(room.timeline.state.seq, (steppedAwayHere(room.roomId, role) ?? Infinity) - 1));
  const away = steppedAway(room, role, session, arrivedAt);
  const awaySeq = away ? room.timeline.events.findLast((e) => (e.type === "session.left" || e.type === "session.adjourned") && e.actor === role)?.seq : undefined;
  useEffect(() => {
    if (awaySeq) rememberSteppedAwayHere(room.roomId, role, awaySeq);
  }, [awaySeq, room.roomId, role]);
  const open = session.phase !== "closed";
  const lastFocus = useLastFocus();
  const [dock, setDock] = useState<HTMLElement | null>(null);
  const overlay =
    open && session.away ? (
      <AwayOverlay room={room} role={role} away={session.away} returnFocusTo={lastFocus} />
    ) : open && session.pause ? (
      <PauseOverlay room={room} role={role} pause={session.pause} returnFocusTo={lastFocus} />
    ) : null;
  useFocusAfterStepChange(stepKey(session), overlay !== null || away !== null);

  if (away) return <SteppedAwayPage room={room} kind={away} />;
  return (
    <>
      <ActionDockProvider value={dock}>
        <div className="room-body" inert={overlay !== null || undefined}>
          {/* Only this part scrolls, so the bar below never covers a control or a focused field. */}
          <div className="room-scroll">
            <header className="room-header heading-row">
              <div className="room-header-top">
                <p className="brand">Repair Room</p>
                {/* Quiet, but always there: past sessions, recaps, this seat's link. */}
                <PlaceLink room={room} place={{ kind: "home" }} className="header-link">
                  Sessions and links
                </PlaceLink>
              </div>
              <PhaseProgress session={session} />
            </header>
            <main id="main" className="page room-main" tabIndex={-1}>
              <p className="eyebrow">Talking about</p>
              <h1 className="topic">{state.topic}</h1>
              <section className="card next-step" aria-label="Your next step">
                {/* Shown with "Sam is writing…"; announced only when the turn itself changes. */}
                <p className="next-step-text" aria-hidden="true" data-testid="next-step">
                  {nextStep(state, role, room.writing, room.options)}
                </p>
                <p className="visually-hidden" role="status">
                  {nextStep(state, role, undefined, room.options)}
                </p>
              </section>
              <PresenceBar role={role} names={state.names} presence={room.presence} typing={room.writing} events={room.timeline.events} />
              <PhaseView key={session.ordinal} room={room} role={role} session={session} locked={overlay !== null} />
              {/* During a pause the notes are in the overlay, the page behind being locked. */}
              {role === "observer" && overlay === null ? <ObserverNotes room={room} /> : null}
              <TimelineList events={room.timeline.events} names={state.names} options={room.options} />
            </main>
          </div>
          {/* The one thing to do next, from whichever screen is showing: always in view. A
              landmark of its own, so a screen reader can go straight to it. */}
          <aside className="dock-area no-print" aria-label="What to do next">
            {/* Said just above the action while what was sent waits for the room. */}
            <WaitingNote room={room} />
            <div className="action-dock" ref={setDock} data-testid="action-dock" />
          </aside>
          <SafetyBar room={room} role={role} session={session} />
        </div>
      </ActionDockProvider>
      <p className="visually-hidden" role="status" aria-live="assertive">
        {pauseAnnouncement(session, room.timeline.events)}
      </p>
      {overlay}
    </>
  );
}

/**
 * The last element focused on the page behind any overlay. Locking a form for a pause blurs
 * its fields before the overlay opens, so the overlay asks here where to give focus back.
 */
function useLastFocus(): () => Element | null {
  const last = useRef<Element | null>(null);
  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      const target = event.target;
      if (target instanceof Element && !target.closest(".overlay")) last.current = target;
    };
    document.addEventListener("focusin", onFocus);
    return () => document.removeEventListener("focusin", onFocus);
  }, []);
  return useCallback(() => last.current, []);
}

/** Changes of whose turn it is, for moving a lost focus to the new step. */
function stepKey(s: SessionState): string {
  const base = `${s.ordinal}:${s.phase}`;
  return s.phase === "share" ? `${base}:${s.record.rounds.length}:${s.round.step}:${s.round.attempts.length}` : base;
}

/**
 * When a step ends, the button just pressed is gone and focus falls to the page's body:
 * start keyboard and screen-reader users at the new step's heading instead. Focus that is
 * still somewhere (someone typing) is never moved.
 */
function useFocusAfterStepChange(key: string, covered: boolean): void {
  const last = useRef(key);
  useEffect(() => {
    if (last.current === key) return;
    last.current = key;
    if (covered) return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const target = document.getElementById("phase-heading") ?? document.getElementById("main");
    target?.focus({ preventScroll: false });
  });
}

/** Said at once, outside the (inert) page: the pause begins, and the session goes on. */
function pauseAnnouncement(s: SessionState, events: readonly RoomEvent[]): string {
  if (s.phase !== "closed" && s.pause) return `The session is paused for ${s.pause.minutes} minutes. Take a breath.`;
  if (s.phase !== "closed" && s.away) return "The session is paused for now.";
  const last = events.at(-1)?.type;
  return last === "pause.ended" || last === "session.resumed" ? "The pause is over. The session goes on." : "";
}
