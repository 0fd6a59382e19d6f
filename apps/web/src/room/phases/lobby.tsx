import { isPartner, otherPartner, partnerRoles, type LobbySession, type PartnerRole } from "@repair-room/protocol";
import { SendButton } from "../send-button";
import { GroundRules } from "./ground-rules";
import { LobbySettings } from "./lobby-settings";
import type { PhaseProps } from "./phase-props";

/** Lobby: the ground rules, the session's settings, who is ready, and "I'm ready". */
export function Lobby({ room, role, session, locked }: PhaseProps<LobbySession>) {
  const names = room.timeline.state.names;
  return (
    <>
      <GroundRules />
      <LobbySettings room={room} role={role} session={session} locked={locked} />
      <section className="card stack" aria-labelledby="ready-heading">
        <h2 id="ready-heading">Ready to start?</h2>
        <ul role="list" className="ready-list" aria-live="polite">
          {partnerRoles.map((partner) => (
            <li key={partner} className={session.ready[partner] ? "ready-item ready" : "ready-item"} data-testid={`ready-${partner}`}>
              <span className="ready-mark" aria-hidden="true">
                {session.ready[partner] ? "✓" : ""}
              </span>
              <span>
                {names[partner]}
                {partner === role ? " (you)" : ""}
              </span>
              <span className="ready-state">{session.ready[partner] ? "ready" : "not ready yet"}</span>
            </li>
          ))}
        </ul>
        {isPartner(role) ? (
          <ReadyStep room={room} me={role} session={session} locked={locked} />
        ) : (
          <p className="next-step-text">
            You're observing. You can follow along; {names.partnerA} and {names.partnerB} can see that you're here.
          </p>
        )}
      </section>
    </>
  );
}

function ReadyStep({ room, me, session, locked }: Pick<PhaseProps<LobbySession>, "room" | "session" | "locked"> & { me: PartnerRole }) {
  const other = room.timeline.state.names[otherPartner(me)];
  if (session.ready[me]) {
    return <p className="next-step-text">You're ready. Waiting for {other}…</p>;
  }
  return <SendButton room={room} types={["lobby.ready"]} label="I'm ready" disabled={locked} onPress={() => room.act({ type: "lobby.ready" })} />;
}
