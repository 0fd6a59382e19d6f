import {
  clarificationContentSchema,
  onLastTry,
  otherPartner,
  reflectionContentSchema,
  statementContentSchema,
  textLimits,
  type PartnerRole,
  type ShareSession,
} from "@repair-room/protocol";
import { useState } from "react";
import type { UseRoom } from "../../connection/use-room";
import { useDraft } from "../../devices/drafts";
import { useCheckedSend, whenAccepted } from "../form-errors";
import { PartnerText } from "../partner-text";
import { SendButton } from "../send-button";

interface FormProps {
  room: UseRoom;
  me: PartnerRole;
  session: ShareSession;
  locked: boolean;
}

/** Where this round's drafts are kept: a new round or try starts from its own. */
const roundKey = (s: ShareSession) => `s${s.ordinal}.share.r${s.record.rounds.length + 1}`;

/** The speaker's I-statement: what happened for me, I felt, I needed. */
export function StatementForm({ room, me, session, locked }: FormProps) {
  const key = roundKey(session);
  const [happened, setHappened, clearHappened] = useDraft(room, `${key}.happened`, "");
  const [felt, setFelt, clearFelt] = useDraft(room, `${key}.felt`, "");
  const [needed, setNeeded, clearNeeded] = useDraft(room, `${key}.needed`, "");
  const other = room.timeline.state.names[otherPartner(me)];
  const { errors, submit } = useCheckedSend(statementContentSchema, (path) => `statement-${path}`, (content) =>
    room.act({ type: "share.state", content }, whenAccepted(clearHappened, clearFelt, clearNeeded)),
  );

  return (
    <form id="statement-form" className="stack" onSubmit={submit({ happened, felt, needed })} noValidate aria-label="What you want to share">
      <p>Speak from “I”: what happened for you, and how it felt. {other} will reflect back what they hear.</p>
      <fieldset className="bare stack" disabled={locked}>
        <PartnerText room={room} id="statement-happened" label="What happened for me…" hint="What happened, as you lived it." value={happened} onChange={setHappened} maxLength={textLimits.statementPart} error={errors.happened} />
        <PartnerText room={room} id="statement-felt" label="I felt…" hint="The feeling, in a word or two: hurt, worried, alone…" value={felt} onChange={setFelt} maxLength={textLimits.statementPart} error={errors.felt} rows={2} />
        <PartnerText room={room} id="statement-needed" label="I needed…" hint="What would have helped you then?" optional value={needed} onChange={setNeeded} maxLength={textLimits.statementPart} error={errors.needed} rows={2} />
      </fieldset>
      <SendButton room={room} types={["share.state"]} label={`Share this with ${other}`} type="submit" form="statement-form" disabled={locked} />
    </form>
  );
}

/** The listener's paraphrase: what I heard, and the feeling I heard. */
export function ReflectionForm({ room, me, session, locked }: FormProps) {
  const key = `${roundKey(session)}.t${session.round.attempts.length + 1}`;
  const [heard, setHeard, clearHeard] = useDraft(room, `${key}.heard`, "");
  const [feeling, setFeeling, clearFeeling] = useDraft(room, `${key}.feeling`, "");
  const speaker = room.timeline.state.names[otherPartner(me)];
  const { errors, submit } = useCheckedSend(reflectionContentSchema, (path) => `reflection-${path}`, (content) =>
    room.act({ type: "share.reflect", content }, whenAccepted(clearHeard, clearFeeling)),
  );

  return (
    <form id="reflection-form" className="stack" onSubmit={submit({ heard, feeling })} noValidate aria-label="Reflect back what you heard">
      <p>In your own words, say back what {speaker} said and felt. Not your view yet: just what you heard.</p>
      <fieldset className="bare stack" disabled={locked}>
        <PartnerText room={room} id="reflection-heard" label="What I heard is…" value={heard} onChange={setHeard} maxLength={textLimits.reflectionPart} error={errors.heard} />
        <PartnerText room={room} id="reflection-feeling" label="It sounds like you felt…" value={feeling} onChange={setFeeling} maxLength={textLimits.reflectionPart} error={errors.feeling} rows={2} />
      </fieldset>
      <SendButton room={room} types={["share.reflect"]} label="Send my reflection" type="submit" form="reflection-form" disabled={locked} />
    </form>
  );
}

/** The speaker: "that's it", or "not quite" with what was missed. */
export function ConfirmForm({ room, me, session, locked }: FormProps) {
  const key = `${roundKey(session)}.t${session.round.attempts.length}`;
  const [clarification, setClarification, clearClarification] = useDraft(room, `${key}.clarification`, "");
  const [notQuite, setNotQuite] = useState(clarification !== "");
  const listener = room.timeline.state.names[otherPartner(me)];
  const lastTry = onLastTry(session.round, room.options);
  const { errors, submit } = useCheckedSend(clarificationContentSchema, () => "clarification", (content) =>
    room.act({ type: "share.confirm", verdict: "notQuite", content }, whenAccepted(clearClarification)),
  );

  // Once "not quite" is chosen, sending what was missed is the thing to do: "yes" steps back,
  // so one mis-tap cannot confirm at the most delicate moment.
  const yes = (
    <SendButton
      room={room}
      types={["share.confirm"]}
      label="Yes, that's it"
      kind={notQuite ? "secondary" : "primary"}
      disabled={locked}
      showRefusal={!notQuite}
      onPress={() => room.act({ type: "share.confirm", verdict: "yes", content: null }, whenAccepted(clearClarification))}
    />
  );
  return (
    <div className="stack">
      {!notQuite ? (
        <fieldset className="bare stack" disabled={locked}>
          <legend className="visually-hidden">Your answer to {listener}'s reflection</legend>
          {yes}
          <button type="button" className="button secondary wide" onClick={() => setNotQuite(true)}>
            Not quite
          </button>
        </fieldset>
      ) : null}
      {notQuite ? (
        <form id="clarification-form" className="stack" onSubmit={submit({ clarification })} noValidate aria-label="What was missed">
          <fieldset className="bare stack" disabled={locked}>
            <PartnerText
              room={room}
              id="clarification"
              label="What was missed?"
              hint={`Say what you'd like ${listener} to hear.`}
              value={clarification}
              onChange={setClarification}
              maxLength={textLimits.clarification}
              error={errors.clarification}
            />
          </fieldset>
          {lastTry ? <p className="muted">This was the last try. If it's still not quite, the point goes into your recap as unclear, and that's okay.</p> : null}
          <SendButton
            room={room}
            types={["share.confirm"]}
            label={lastTry ? "Send, and carry it to the recap" : `Send, so ${listener} can try again`}
            type="submit"
            form="clarification-form"
            disabled={locked}
          />
          <p className="muted">Or, if {listener} got it right after all:</p>
          {yes}
        </form>
      ) : null}
    </div>
  );
}
