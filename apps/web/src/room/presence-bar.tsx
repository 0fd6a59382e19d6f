import { partnerRoles, type PartnerRole, type Presence, type Role } from "@repair-room/protocol";

export interface PresenceBarProps {
  role: Role;
  names: Record<PartnerRole, string>;
  presence: Presence;
  /** Who is writing now (never what). */
  typing: Record<PartnerRole, boolean>;
}

/** Who is connected now. Partners always see when a coach or mediator is watching. */
export function PresenceBar({ role, names, presence, typing }: PresenceBarProps) {
  const others = role === "observer" ? presence.observers - 1 : presence.observers;
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
                {here ? "here" : "not here yet"}
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
