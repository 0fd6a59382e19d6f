import {
  acknowledgementChoices,
  acknowledgementContentSchema,
  acknowledgementWords,
  otherPartner,
  textLimits,
  type AcknowledgementChoice,
  type IntentionsSession,
  type PartnerRole,
} from "@repair-room/protocol";
import type { UseRoom } from "../../connection/use-room";
import { useDraft } from "../../devices/drafts";
import { ChoiceGroup } from "../../ui/choice-group";
import { useCheckedSend, whenAccepted } from "../form-errors";
import { PartnerText } from "../partner-text";
import { SendButton } from "../send-button";

/** Having read the other's intention: answer it with a short choice, your own words, or both. */
export function Acknowledge({ room, me, session, locked }: { room: UseRoom; me: PartnerRole; session: IntentionsSession; locked: boolean }) {
  const key = `s${session.ordinal}.intentions.answer`;
  const [choice, setChoice, clearChoice] = useDraft<AcknowledgementChoice | null>(room, `${key}.choice`, null);
  const [words, setWords, clearWords] = useDraft(room, `${key}.words`, "");
  const other = room.timeline.state.names[otherPartner(me)];
  const { errors, submit } = useCheckedSend(acknowledgementContentSchema, () => "acknowledge-words", (content) =>
    room.act({ type: "intentions.acknowledge", content }, whenAccepted(clearChoice, clearWords)),
  );

  return (
    <form id="acknowledge-form" className="stack" onSubmit={submit({ choice, words })} noValidate aria-label={`Your answer to ${other}`}>
      <p>Take a moment with it. Then tell {other} what you heard: a few words of your own, or one of these.</p>
      <ChoiceGroup<AcknowledgementChoice>
        name="acknowledge-choice"
        legend={`Your answer to ${other}`}
        choices={acknowledgementChoices.map((value) => ({ value, label: acknowledgementWords[value] }))}
        value={choice}
        disabled={locked}
        onChange={setChoice}
      />
      <fieldset className="bare" disabled={locked}>
        <PartnerText
          room={room}
          id="acknowledge-words"
          label="In my own words…"
          hint={`For example, what you understand now about what ${other} meant.`}
          optional
          value={words}
          onChange={setWords}
          maxLength={textLimits.intentionPart}
          error={errors.words}
          rows={2}
        />
      </fieldset>
      <SendButton room={room} types={["intentions.acknowledge"]} label={`Send my answer to ${other}`} type="submit" form="acknowledge-form" disabled={locked} />
    </form>
  );
}
