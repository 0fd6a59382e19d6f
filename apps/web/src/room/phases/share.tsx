import { isPartner, otherPartner, partnerRoles, tryLabel, type PartnerRole, type ShareSession } from "@repair-room/protocol";
import { ReflectionCard } from "../../cards/reflection-card";
import { StatementCard } from "../../cards/statement-card";
import { SendButton } from "../send-button";
import type { PhaseProps } from "./phase-props";
import { CheckInsCard, EarlierRounds, EarlierTries } from "./share-cards";
import { ConfirmForm, ReflectionForm, StatementForm } from "./share-forms";

/**
 * Share and reflect: the speaker states, the listener reflects back, the speaker says
 * "that's it" or "not quite" (as many tries as the method allows). Roles swap each round; once both have
 * spoken, both may choose to move on.
 */
export function Share({ room, role, session, locked }: PhaseProps<ShareSession>) {
  const names = room.timeline.state.names;
  const { round, record } = session;
  const me = isPartner(role) ? role : null;
  const heading = stepHeading(round, me, names);

  return (
    <>
      {record.checkIns ? <CheckInsCard checkIns={record.checkIns} names={names} open={record.rounds.length === 0 && round.step === "stating"} /> : null}
      <section className="card stack" aria-labelledby="phase-heading">
        <div className="heading-row">
          <h2 id="phase-heading" tabIndex={-1}>
            {heading}
          </h2>
          {round.step !== "stating" ? <p className="tries-count">{tryLabel(round, room.options)}</p> : null}
        </div>
        <CurrentStep room={room} me={me} session={session} locked={locked} />
      </section>
      {session.spoken.partnerA && session.spoken.partnerB && round.step === "stating" ? (
        <MoveOn room={room} me={me} session={session} locked={locked} />
      ) : null}
      <EarlierRounds rounds={record.rounds} names={names} />
    </>
  );
}

/** The step's heading, from where this person stands in it. */
function stepHeading(round: ShareSession["round"], me: PartnerRole | null, names: Record<PartnerRole, string>): string {
  const S = names[round.speaker];
  const L = names[otherPartner(round.speaker)];
  const speaking = me === round.speaker;
  switch (round.step) {
    case "stating":
      return speaking ? "Your turn to share" : `${S}'s turn to share`;
    case "reflecting":
      return speaking ? `${L} is reflecting back` : me ? `Reflect back what ${S} said` : `${L} is reflecting back what ${S} said`;
    case "confirming":
      return speaking ? `Did ${L} get it right?` : me ? `${S} is reading your reflection` : `${S} is reading ${L}'s reflection`;
  }
}

function CurrentStep({ room, me, session, locked }: { room: PhaseProps<ShareSession>["room"]; me: PartnerRole | null; session: ShareSession; locked: boolean }) {
  const names = room.timeline.state.names;
  const { round } = session;
  const speaker = round.speaker;
  const listener = otherPartner(speaker);
  const latest = round.attempts.at(-1);

  switch (round.step) {
    case "stating":
      if (me === speaker) return <StatementForm room={room} me={me} session={session} locked={locked} />;
      return (
        <p className="waiting" aria-live="polite">
          {room.writing[speaker] ? `${names[speaker]} is writing…` : `${names[speaker]} is thinking about what to share.`}{" "}
          {me === listener ? "When it arrives, you'll reflect back what you hear." : null}
        </p>
      );
    case "reflecting":
      return (
        <>
          {round.statement ? <StatementCard statement={round.statement} speaker={speaker} names={names} /> : null}
          <EarlierTries round={round} names={names} />
          {me === listener ? (
            <ReflectionForm room={room} me={me} session={session} locked={locked} />
          ) : (
            <p className="waiting" aria-live="polite">
              {room.writing[listener] ? `${names[listener]} is writing…` : `${names[listener]} is putting what they heard into words.`}
            </p>
          )}
        </>
      );
    case "confirming":
      return (
        <>
          {round.statement ? <StatementCard statement={round.statement} speaker={speaker} names={names} /> : null}
          <EarlierTries round={round} names={names} />
          {latest ? <ReflectionCard reflection={latest.reflection} listener={listener} names={names} /> : null}
          {me === speaker ? (
            <ConfirmForm room={room} me={me} session={session} locked={locked} />
          ) : (
            <p className="waiting">
              {me === listener ? `${names[speaker]} is reading your reflection.` : `${names[speaker]} is reading ${names[listener]}'s reflection.`}
            </p>
          )}
        </>
      );
  }
}

/** Both have been heard: share another point, or move on once both choose to. */
function MoveOn({ room, me, session, locked }: { room: PhaseProps<ShareSession>["room"]; me: PartnerRole | null; session: ShareSession; locked: boolean }) {
  const names = room.timeline.state.names;
  return (
    <section className="card stack" aria-labelledby="move-on-heading">
      <h2 id="move-on-heading">You've both been heard</h2>
      <p>
        {names[session.round.speaker]} can share another point. Or, when you both feel ready, move on to what you each
        intended.
      </p>
      <ul role="list" className="ready-list" aria-live="polite">
        {partnerRoles.map((p) => (
          <li key={p} className={session.movingOn[p] ? "ready-item ready" : "ready-item"}>
            <span className="ready-mark" aria-hidden="true">
              {session.movingOn[p] ? "✓" : ""}
            </span>
            <span>
              {names[p]}
              {p === me ? " (you)" : ""}
            </span>
            <span className="ready-state">{session.movingOn[p] ? "ready to move on" : "not yet"}</span>
          </li>
        ))}
      </ul>
      {me && !session.movingOn[me] ? (
        <fieldset className="bare" disabled={locked}>
          <SendButton room={room} types={["share.moveOn"]} label="I'm ready to move on" kind="secondary" onPress={() => room.act({ type: "share.moveOn" })} />
        </fieldset>
      ) : null}
    </section>
  );
}
