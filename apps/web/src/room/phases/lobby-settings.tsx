import { isPartner, textLimits, type LobbySession, type PartnerRole, type SessionFormat } from "@repair-room/protocol";
import { useState, type FormEvent } from "react";
import { useDraft } from "../../devices/drafts";
import { ChoiceGroup } from "../../ui/choice-group";
import { TextField } from "../../ui/text-field";
import { GentleHint } from "../gentle-hint";
import { RefusalNote, SendButton } from "../send-button";
import type { PhaseProps } from "./phase-props";

/**
 * Who speaks first, the session's format (follow-ups only), and names and topic. Any change
 * asks both partners to say they're ready again (the room decides that; this only says so).
 */
export function LobbySettings({ room, role, session, locked }: PhaseProps<LobbySession>) {
  const names = room.timeline.state.names;
  if (!isPartner(role)) {
    return (
      <section className="card" aria-labelledby="settings-heading">
        <h2 id="settings-heading">This session</h2>
        <p>{names[session.firstSpeaker]} will speak first.</p>
        {session.format === "checkInOnly" ? <p>A short check-in only.</p> : null}
      </section>
    );
  }
  // Show a choice at once, before the room confirms it.
  const pendingSpeaker = room.outbox.findLast((i) => i.type === "lobby.firstSpeaker");
  const speaker = pendingSpeaker?.type === "lobby.firstSpeaker" ? pendingSpeaker.speaker : session.firstSpeaker;
  const pendingFormat = room.outbox.findLast((i) => i.type === "lobby.format");
  const format = pendingFormat?.type === "lobby.format" ? pendingFormat.format : session.format;

  return (
    <section className="card stack" aria-labelledby="settings-heading">
      <h2 id="settings-heading">This session</h2>
      <ChoiceGroup<PartnerRole>
        name="first-speaker"
        legend="Who speaks first?"
        inline
        choices={[
          { value: "partnerA", label: names.partnerA + (role === "partnerA" ? " (you)" : "") },
          { value: "partnerB", label: names.partnerB + (role === "partnerB" ? " (you)" : "") },
        ]}
        value={speaker}
        disabled={locked}
        onChange={(value) => room.act({ type: "lobby.firstSpeaker", speaker: value })}
      />
      <RefusalNote room={room} types={["lobby.firstSpeaker"]} />
      {session.kind === "followUp" ? (
        <>
          <ChoiceGroup<SessionFormat>
            name="format"
            legend="How much time do you have?"
            choices={[
              { value: "full", label: "The whole conversation" },
              { value: "checkInOnly", label: "A short check-in only" },
            ]}
            value={format}
            disabled={locked}
            onChange={(value) => room.act({ type: "lobby.format", format: value })}
          />
          <RefusalNote room={room} types={["lobby.format"]} />
        </>
      ) : null}
      <p className="muted">Changing anything here asks you both to say you're ready again.</p>
      <details className="more">
        <summary>Change your name or the topic</summary>
        <div className="stack details-body">
          <EditOne room={room} field="name" label="Your name" current={names[role]} max={textLimits.displayName} locked={locked} />
          <EditOne room={room} field="topic" label="The topic" current={room.timeline.state.topic} max={textLimits.topic} locked={locked} />
        </div>
      </details>
    </section>
  );
}

function EditOne({
  room,
  field,
  label,
  current,
  max,
  locked,
}: Pick<PhaseProps<LobbySession>, "room" | "locked"> & { field: "name" | "topic"; label: string; current: string; max: number }) {
  // null: untouched, so the field shows the current name or topic as it changes.
  const [value, setValue, clear] = useDraft<string | null>(room, `lobby.${field}`, null);
  const [error, setError] = useState<string | null>(null);
  const id = `edit-${field}`;
  const shown = value ?? current;
  const type = field === "name" ? "lobby.setName" : "lobby.setTopic";

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = shown.trim();
    if (!text) return setError(field === "name" ? "Please write your name." : "Please write a short topic.");
    setError(null);
    const onAnswer = (ack: { ok: boolean }) => ack.ok && clear();
    if (field === "name") room.act({ type: "lobby.setName", content: { name: text } }, onAnswer);
    else room.act({ type: "lobby.setTopic", content: { topic: text } }, onAnswer);
  };

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label={`Change ${label.toLowerCase()}`}>
      <fieldset className="bare" disabled={locked}>
        <TextField
          id={id}
          label={label}
          value={shown}
          onChange={setValue}
          maxLength={max}
          error={error ?? undefined}
          belowId={field === "topic" ? `${id}-gentle` : undefined}
          below={field === "topic" ? <GentleHint id={`${id}-gentle`} text={value ?? ""} /> : undefined}
        />
      </fieldset>
      <SendButton room={room} types={[type]} label={`Save ${label.toLowerCase()}`} kind="secondary" type="submit" />
    </form>
  );
}
