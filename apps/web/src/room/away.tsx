import { isPartner, type ActiveBreak, type PartnerRole, type Role, type SessionState } from "@repair-room/protocol";
import { useEffect, useRef } from "react";
import type { UseRoom } from "../connection/use-room";
import { CalmDialog } from "../ui/calm-dialog";
import { ObserverNotes } from "./observer-notes";
import { RefusalNote, SendButton } from "./send-button";
import { WaitingNote } from "./waiting-note";

export type AwayKind = ActiveBreak["kind"];

/**
 * Did this partner step away ("I need to stop" or "continue another time") on this page, and
 * not come back yet? Known from their own events (others see no actor) after `since` (the
 * seq this page arrived at) and, at once, from the tap itself while it is on its way. Someone
 * who stepped away earlier and opens the room again is welcomed back into the waiting session
 * instead (`AwayOverlay`), not sent to the same page again.
 */
export function steppedAway(room: UseRoom, role: Role, session: SessionState, since: number): AwayKind | null {
  if (!isPartner(role)) return null;
  const pending = room.outbox.findLast((i) => i.type === "session.leave" || i.type === "session.adjourn" || i.type === "session.return");
  if (pending) return pending.type === "session.leave" ? "stopped" : pending.type === "session.adjourn" ? "adjourned" : null;
  if (session.phase === "closed" || !session.away || session.away.back[role]) return null;
  const events = room.timeline.events;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (!e || e.seq <= since || e.type === "session.resumed" || e.type === "session.opened") break;
    if ((e.type === "session.left" || e.type === "session.adjourned") && e.actor === role) {
      return e.type === "session.left" ? "stopped" : "adjourned";
    }
  }
  return null;
}

/** The last time the session was left for now, was it this partner who chose it? (Only they see their own name on it.) */
function steppedAwayBy(room: UseRoom, me: PartnerRole): boolean {
  const last = room.timeline.events.findLast((e) => e.type === "session.left" || e.type === "session.adjourned");
  return last?.actor === me;
}

/**
 * The calm page after "I need to stop" or "continue another time": nothing to explain, where
 * to find support, and a way back. The other partner sees only that the session is paused.
 */
export function SteppedAwayPage({ room, kind }: { room: UseRoom; kind: AwayKind }) {
  // The control just pressed is gone with the room: start keyboards and screen readers on
  // this page's heading, so it is read out and the next Tab stays on the page.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [kind]);
  const other = room.role === "partnerA" ? room.timeline.state.names.partnerB : room.timeline.state.names.partnerA;
  return (
    <main id="main" className="page calm-page" tabIndex={-1}>
      <p className="brand">Repair Room</p>
      <h1 ref={heading} tabIndex={-1}>{kind === "stopped" ? "It's okay to stop here" : "Let's continue another time"}</h1>
      <p className="lead">
        {kind === "stopped"
          ? "You don't need to explain. Take care of yourself first; this conversation can wait."
          : "Everything you've written is kept. Come back through your same link when you're ready: within a day or so is a good idea, but there's no rush."}
      </p>
      <p>{other} sees only that the session is paused for now. Nothing more happens until you both come back.</p>
      <section className="card stack" aria-labelledby="support-heading">
        <h2 id="support-heading">If you'd like support</h2>
        <ul className="support-list">
          <li>
            <strong>If you feel unsafe or are in danger, contact your local emergency number.</strong>
          </li>
          <li>Talk to someone you trust: a friend, or someone in your family.</li>
          <li>A counsellor, therapist or your doctor can help you think things through.</li>
          <li>Many places have free helplines for emotional or relationship support. A local health service can point you to one.</li>
        </ul>
      </section>
      <div className="stack">
        <SendButton room={room} types={["session.return"]} label="Come back when you're ready" kind="secondary" onPress={() => room.act({ type: "session.return" })} />
        {/* Stepping away is on its way even while the room is out of reach. */}
        <WaitingNote room={room} />
      </div>
    </main>
  );
}

/**
 * While a partner has stepped away: everyone else sees only that the session is paused; the
 * partner who stepped away and comes back through their link is welcomed back into it.
 */
export function AwayOverlay({ room, role, away, returnFocusTo }: { room: UseRoom; role: Role; away: ActiveBreak; returnFocusTo?: () => Element | null }) {
  const me = isPartner(role) ? role : null;
  const back = me !== null && steppedAwayBy(room, me);
  return (
    <CalmDialog title={back ? "Welcome back" : "The session is paused for now"} titleId="away-title" describedBy="away-about" returnFocusTo={returnFocusTo}>
      <p id="away-about">
        {back ? "Everything you wrote is kept, and the session is where you left it. " : "Nothing is lost: what you've written is kept. "}
        {me ? "When you're ready to go on, say so here. The session continues once you're both ready." : "It continues once both partners are ready."}
      </p>
      {me ? (
        away.back[me] ? (
          <p className="next-step-text">You're ready to go on. The session continues once you're both ready.</p>
        ) : (
          <SendButton room={room} types={["session.return"]} label="I'm ready to continue" onPress={() => room.act({ type: "session.return" })} />
        )
      ) : null}
      <WaitingNote room={room} />
      {me ? (
        <>
          <button type="button" className="button quiet" onClick={() => room.act({ type: "session.leave" })}>
            I need to stop
          </button>
          <RefusalNote room={room} types={["session.leave"]} />
        </>
      ) : (
        <ObserverNotes room={room} />
      )}
    </CalmDialog>
  );
}
