import {
  bothWritten,
  intentionContentSchema,
  isPartner,
  otherPartner,
  partnerRoles,
  textLimits,
  type IntentionContent,
  type IntentionsSession,
  type PartnerRole,
} from "@repair-room/protocol";
import { AcknowledgementCard } from "../../cards/acknowledgement-card";
import { IntentionCard } from "../../cards/intention-card";
import { useDraft } from "../../devices/drafts";
import { useCheckedSend, whenAccepted } from "../form-errors";
import { PartnerText } from "../partner-text";
import { SendButton } from "../send-button";
import { Acknowledge } from "./acknowledge";
import type { PhaseProps } from "./phase-props";

/**
 * Intentions, an exchange: each writes what they intended, how it may have landed and one
 * thing they will do, unseen by the other; once both are in, each reads the other's and
 * answers it before the agreements.
 */
export function Intentions({ room, role, session, locked }: PhaseProps<IntentionsSession>) {
  const names = room.timeline.state.names;
  const me = isPartner(role) ? role : null;
  const written = session.written;

  if (me && written[me] === null) return <IntentionForm room={room} me={me} session={session} locked={locked} />;
  if (!bothWritten(session)) {
    return (
      <section className="card stack" aria-labelledby="phase-heading">
        <h2 id="phase-heading" tabIndex={-1}>
          {me ? "Your intention is in" : "Intentions"}
        </h2>
        {me && written[me] !== "hidden" && written[me] ? <IntentionCard content={written[me]} who="You" /> : null}
        <p className="waiting">
          {me
            ? `Waiting for ${names[otherPartner(me)]}. You'll read each other's together.`
            : `Each of them writes what they intended. You'll see both once both are in.`}
        </p>
      </section>
    );
  }
  const shown = written as Record<PartnerRole, IntentionContent>;
  if (me) {
    const other = otherPartner(me);
    return (
      <>
        <section className="card stack" aria-labelledby="phase-heading">
          <h2 id="phase-heading" tabIndex={-1}>
            What {names[other]} intended
          </h2>
          <IntentionCard content={shown[other]} who={names[other]} />
          {session.acknowledged[me] ? (
            <>
              <AcknowledgementCard content={session.acknowledged[me]} who="You" to={names[other]} />
              <p className="waiting">Waiting for {names[other]} to read what you intended.</p>
            </>
          ) : (
            <Acknowledge room={room} me={me} session={session} locked={locked} />
          )}
        </section>
        <details className="card more">
          <summary>What you wrote</summary>
          <div className="details-body">
            <IntentionCard content={shown[me]} who="You" />
            {session.acknowledged[other] ? <AcknowledgementCard content={session.acknowledged[other]} who={names[other]} to="you" /> : null}
          </div>
        </details>
      </>
    );
  }
  return (
    <section className="card stack" aria-labelledby="phase-heading">
      <h2 id="phase-heading" tabIndex={-1}>
        What each intended
      </h2>
      {partnerRoles.map((p) => (
        <div key={p} className="stack-tight">
          <IntentionCard content={shown[p]} who={names[p]} />
          {session.acknowledged[otherPartner(p)] ? (
            <AcknowledgementCard content={session.acknowledged[otherPartner(p)]!} who={names[otherPartner(p)]} to={names[p]} />
          ) : (
            <p className="waiting">{names[otherPartner(p)]} is reading it.</p>
          )}
        </div>
      ))}
    </section>
  );
}

function IntentionForm({ room, me, session, locked }: Pick<PhaseProps<IntentionsSession>, "room" | "session" | "locked"> & { me: PartnerRole }) {
  const key = `s${session.ordinal}.intentions`;
  const [intended, setIntended, clearIntended] = useDraft(room, `${key}.intended`, "");
  const [impact, setImpact, clearImpact] = useDraft(room, `${key}.impact`, "");
  const [action, setAction, clearAction] = useDraft(room, `${key}.action`, "");
  const other = room.timeline.state.names[otherPartner(me)];
  const otherDone = session.written[otherPartner(me)] !== null;
  const { errors, submit } = useCheckedSend(intentionContentSchema, (path) => `intention-${path}`, (content) =>
    room.act({ type: "intentions.submit", content }, whenAccepted(clearIntended, clearImpact, clearAction)),
  );

  return (
    <form id="intention-form" className="card stack" onSubmit={submit({ intended, impact, action })} noValidate aria-labelledby="phase-heading">
      <h2 id="phase-heading" tabIndex={-1}>
        What you intended
      </h2>
      <p>
        Say what you meant, own how it may have landed for {other}, and offer one small thing you will do. You'll read
        each other's together{otherDone ? `: ${other}'s is in` : ""}.
      </p>
      <fieldset className="bare stack" disabled={locked}>
        <PartnerText room={room} id="intention-intended" label="What I intended or hoped for…" hint="What were you trying to do or say?" value={intended} onChange={setIntended} maxLength={textLimits.intentionPart} error={errors.intended} />
        <PartnerText room={room} id="intention-impact" label="How it may have landed for you…" hint={`In your own words, how it may have affected ${other}.`} value={impact} onChange={setImpact} maxLength={textLimits.intentionPart} error={errors.impact} />
        <PartnerText
          room={room}
          id="intention-action"
          label="One thing I will do…"
          hint={`Something ${other} could notice, like “I'll check what you meant before I reply.”`}
          value={action}
          onChange={setAction}
          maxLength={textLimits.intentionPart}
          error={errors.action}
          rows={2}
        />
      </fieldset>
      <SendButton room={room} types={["intentions.submit"]} label="Share my intention" type="submit" form="intention-form" disabled={locked} />
    </form>
  );
}
