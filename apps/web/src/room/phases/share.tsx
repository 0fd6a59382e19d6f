import { isPartner, otherPartner, partnerRoles, tryLabel, type PartnerRole, type ShareSession } from "@repair-room/protocol";
import { useState } from "react";
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
  const bothHeard = session.spoken.partnerA && session.spoken.partnerB && round.step === "stating";
  // Once both have been heard, moving on is the step; sharing another point is there, quieter.
  const [another, setAnother] = useState(false);

  if (bothHeard && !(another && me === round.speaker)) {
    return (
      <>
        <LastRound room={room} session={session} me={me} />
        <MoveOn room={room} me={me} session={session} locked={locked} onAnother={me === round.speaker ? () => setAnother(true) : null} />
        <EarlierRounds rounds={record.rounds} names={names} />
      </>
    );
  }
  return (
    <>
      <LastRound room={room} session={session} me={me} />
      {/* Revealed together: open until the first point is made, then folded to leave room for the rounds. */}
      {record.checkIns ? <CheckInsCard checkIns={record.checkIns} names={names} open={record.rounds.length === 0 && round.step === "stating"} /> : null}
      <section className="card stack" aria-labelledby="phase-heading">
        <div className="heading-row">
          <h2 id="phase-heading" tabIndex={-1}>
            {heading}
          </h2>
          {round.step !== "stating" ? <p className="tries-count">{tryLabel(round, room.options)}</p> : null}
        </div>
        <CurrentStep room={room} me={me} session={session} locked={locked} />
        {bothHeard ? (
          <button type="button" className="button quiet" onClick={() => setAnother(false)}>
            Not now: back to moving on
          </button>
        ) : null}
      </section>
      <EarlierRounds rounds={record.rounds} names={names} />
    </>
  );
}

/**
 * How the last round ended, said to everyone while the next one begins: the listener hears
 * that they were understood, calmly; a point left unclear is named as kept, not as a failure.
 */
function LastRound({ room, session, me }: { room: PhaseProps<ShareSession>["room"]; session: ShareSession; me: PartnerRole | null }) {
  const last = session.record.rounds.at(-1);
  if (!last || session.round.step !== "stating" || session.round.statement) return null;
  const names = room.timeline.state.names;
  const speaker = names[last.speaker];
  const listener = otherPartner(last.speaker);
  let words: string;
  if (last.outcome === "understood") {
    words =
      me === listener ? `${speaker} felt understood. Thank you for listening.` : me === last.speaker ? `You felt understood by ${names[listener]}.` : `${speaker} felt understood.`;
  } else {
    words = "That point is still open. It's kept in your recap, to come back to.";
  }
  return (
    <p className="card felt" role="status" data-testid="last-round">
      {words}
    </p>
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

/** Both have been heard: move on once both choose to, or (the speaker, quietly) share another point. */
function MoveOn({
  room,
  me,
  session,
  locked,
  onAnother,
}: {
  room: PhaseProps<ShareSession>["room"];
  me: PartnerRole | null;
  session: ShareSession;
  locked: boolean;
  /** The speaker may open the form for another point. */
  onAnother: (() => void) | null;
}) {
  const names = room.timeline.state.names;
  const speaker = session.round.speaker;
  return (
    <section className="card stack" aria-labelledby="phase-heading">
      <h2 id="phase-heading" tabIndex={-1}>
        You've both been heard
      </h2>
      <p>
        When you both feel ready, move on to what you each intended. {me === speaker ? "You" : names[speaker]} can share another point
        first, if there's more.
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
      {me !== speaker && room.writing[speaker] ? <p className="waiting">{names[speaker]} is writing another point…</p> : null}
      {me && !session.movingOn[me] ? (
        <SendButton room={room} types={["share.moveOn"]} label="I'm ready to move on" disabled={locked} onPress={() => room.act({ type: "share.moveOn" })} />
      ) : null}
      {onAnother ? (
        <button type="button" className="button secondary wide" disabled={locked} onClick={onAnother}>
          Share another point
        </button>
      ) : null}
    </section>
  );
}
