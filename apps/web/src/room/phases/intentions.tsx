import {
  intentionContentSchema,
  isPartner,
  otherPartner,
  partnerRoles,
  textLimits,
  type IntentionContent,
  type IntentionsSession,
  type PartnerRole,
} from "@repair-room/protocol";
import { useState, type FormEvent } from "react";
import { IntentionCard } from "../../cards/intention-card";
import { useDraft } from "../../devices/drafts";
import { check, focusFirstError, type FieldErrors } from "../form-errors";
import { PartnerText } from "../partner-text";
import { SendButton } from "../send-button";
import type { PhaseProps } from "./phase-props";

/** Intentions: what each intended, the impact acknowledged, one concrete thing each will do. */
export function Intentions({ room, role, session, locked }: PhaseProps<IntentionsSession>) {
  const names = room.timeline.state.names;
  const written = session.record.intentions;
  const me = isPartner(role) ? role : null;

  if (me && written[me] === null) return <IntentionForm room={room} me={me} session={session} locked={locked} />;

  // A partner sees the other's words once their own are in; an observer sees what is in.
  const shown = partnerRoles.filter((p) => written[p] !== null && (me === null || written[me] !== null));
  return (
    <section className="card stack" aria-labelledby="phase-heading">
      <h2 id="phase-heading" tabIndex={-1}>
        {me ? "Your intention is shared" : "Intentions"}
      </h2>
      {shown.map((p) => (
        <IntentionCard key={p} content={written[p] as IntentionContent} who={p === me ? "You" : names[p]} />
      ))}
      {partnerRoles
        .filter((p) => written[p] === null)
        .map((p) => (
          <p key={p} className="waiting">
            {me ? `Waiting for ${names[p]}…` : `${names[p]} is still writing.`}
          </p>
        ))}
    </section>
  );
}

function IntentionForm({ room, me, session, locked }: Pick<PhaseProps<IntentionsSession>, "room" | "session" | "locked"> & { me: PartnerRole }) {
  const key = `s${session.ordinal}.intentions`;
  const [intended, setIntended, clearIntended] = useDraft(room, `${key}.intended`, "");
  const [impact, setImpact, clearImpact] = useDraft(room, `${key}.impact`, "");
  const [action, setAction, clearAction] = useDraft(room, `${key}.action`, "");
  const [errors, setErrors] = useState<FieldErrors>({});
  const other = room.timeline.state.names[otherPartner(me)];
  const otherDone = session.record.intentions[otherPartner(me)] !== null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = check(intentionContentSchema, { intended, impact, action });
    if (!result.ok) {
      setErrors(result.errors);
      return focusFirstError(result.errors, (path) => `intention-${path}`);
    }
    setErrors({});
    room.stopTyping();
    room.act({ type: "intentions.submit", content: result.data }, (ack) => {
      if (!ack.ok) return;
      clearIntended();
      clearImpact();
      clearAction();
    });
  };

  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby="phase-heading">
      <h2 id="phase-heading" tabIndex={-1}>
        What you intended
      </h2>
      <p>
        Say what you meant, own how it may have landed for {other}, and offer one small thing you will do.
        {otherDone ? ` ${other} has shared theirs; you'll see it once yours is in.` : null}
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
      <SendButton room={room} types={["intentions.submit"]} label="Share my intention" type="submit" />
    </form>
  );
}
