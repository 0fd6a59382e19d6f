import { partnerRoles, type PartnerRole, type Presence, type Role, type RoomEvent } from "@repair-room/protocol";
import { useRef } from "react";
import { useNow } from "../ui/use-now";

export interface PresenceBarProps {
  role: Role;
  names: Record<PartnerRole, string>;
  presence: Presence;
  /** Who is writing now (never what). */
  typing: Record<PartnerRole, boolean>;
  /** The room's events so far: a partner who has acted has been here. */
  events: readonly RoomEvent[];
}

/** How long after dropping off a partner reads as reconnecting rather than just away. */
const reconnectingMs = 60_000;

/**
 * How a partner's presence reads: "here"; "not here yet" for someone who has not come in;
 * and for someone who was here and dropped off, "away, reconnecting…" for a minute (a phone
 * on a train), then "away".
 */
export function presenceWords(here: boolean, beenHere: boolean, goneForMs: number | null): string {
  if (here) return "here";
  if (!beenHere) return "not here yet";
  return goneForMs !== null && goneForMs < reconnectingMs ? "away, reconnecting…" : "away";
}

/** Who is connected now. Partners always see when a coach or mediator is watching. */
export function PresenceBar({ role, names, presence, typing, events }: PresenceBarProps) {
  const others = role === "observer" ? presence.observers - 1 : presence.observers;
  const now = useNow(5_000);
  // When each partner was last seen here, on this page; and who has acted in the room at all.
  const seen = useRef<Record<PartnerRole, number | null>>({ partnerA: null, partnerB: null });
  const gone = useRef<Record<PartnerRole, number | null>>({ partnerA: null, partnerB: null });
  for (const p of partnerRoles) {
    if (presence.partners[p]) {
      seen.current[p] = now;
      gone.current[p] = null;
    } else if (seen.current[p] !== null && gone.current[p] === null) {
      gone.current[p] = Date.now();
    }
  }
  const acted = (p: PartnerRole) => events.some((e) => e.actor === p);
  return (
    <section className="presence" aria-labelledby="presence-heading">
      <h2 id="presence-heading" className="visually-hidden">
        Who's here
      </h2>
      <ul role="list" aria-live="polite" className="presence-list">
        {partnerRoles.map((partner) => {
          const here = presence.partners[partner];
          return (
            <li key={partner} className={here ? "presence-item here" : "presence-item away"} data-testid={`presence-${partner}`}>
              <span className="dot" aria-hidden="true" />
              <span className="presence-name">
                {names[partner]}
                {partner === role ? " (you)" : ""}
              </span>
              <span className="presence-state">
                {presenceWords(here, seen.current[partner] !== null || acted(partner), gone.current[partner] === null ? null : now - gone.current[partner])}
                {/* Shown, not announced: the next-step sentence says it when it matters. */}
                {here && typing[partner] && partner !== role ? <span aria-hidden="true">, writing…</span> : null}
              </span>
            </li>
          );
        })}
        {role === "observer" ? (
          <li className="presence-item observer" data-testid="presence-observer">
            <span className="dot" aria-hidden="true" />
            <span className="presence-name">You are observing</span>
            {others > 0 ? <span className="presence-state">and {others} more on this link</span> : null}
          </li>
        ) : presence.observers > 0 ? (
          <li className="presence-item observer" data-testid="presence-observer">
            <span className="dot" aria-hidden="true" />
            <span className="presence-name">A coach is watching</span>
            {presence.observers > 1 ? <span className="presence-state">on {presence.observers} screens</span> : null}
          </li>
        ) : null}
      </ul>
    </section>
  );
}
