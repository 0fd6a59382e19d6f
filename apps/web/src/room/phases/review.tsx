import {
  appreciationContentSchema,
  isPartner,
  otherPartner,
  partnerRoles,
  textLimits,
  type PartnerRole,
  type ReviewMark,
  type ReviewSession,
} from "@repair-room/protocol";
import { useState, type FormEvent } from "react";
import { dateLabel, whoLabel } from "../../cards/draft-view";
import { useDraft } from "../../devices/drafts";
import { ChoiceGroup } from "../../ui/choice-group";
import { check } from "../form-errors";
import { PartnerText } from "../partner-text";
import { RefusalNote, SendButton } from "../send-button";
import type { PhaseProps } from "./phase-props";

export const markLabels: Record<ReviewMark, string> = { kept: "Kept", partly: "Partly", notYet: "Not yet" };

/** A follow-up opens by looking back: each marks each next step from last time, may appreciate, then is done. */
export function Review({ room, role, session, locked }: PhaseProps<ReviewSession>) {
  const names = room.timeline.state.names;
  const me = isPartner(role) ? role : null;
  return (
    <>
      <section className="card stack" aria-labelledby="phase-heading">
        <h2 id="phase-heading" tabIndex={-1}>
          Looking back at last time
        </h2>
        <p>How did the steps you agreed go? There's no wrong answer: “not yet” is worth knowing too.</p>
        <ol className="stack review-items">
          {session.items.map((item, i) => (
            <li key={i} className="review-item stack-tight">
              <p className="step-what">{item.what}</p>
              <p className="step-meta">
                {whoLabel(item.who, names)} · by {dateLabel(item.byWhen)}
              </p>
              {me && !session.done[me] ? (
                <ChoiceGroup<ReviewMark>
                  name={`review-${i}`}
                  legend={`How did “${item.what}” go?`}
                  inline
                  choices={(["kept", "partly", "notYet"] as const).map((value) => ({ value, label: markLabels[value] }))}
                  value={pendingMark(room, i) ?? session.marks[me][i] ?? null}
                  disabled={locked}
                  onChange={(mark) => room.act({ type: "review.mark", item: i, mark })}
                />
              ) : null}
              <p className="marks">
                {partnerRoles
                  .filter((p) => p !== me || session.done[p])
                  .map((p) => `${p === me ? "You" : names[p]}: ${marked(session.marks[p][i])}`)
                  .join(" · ")}
              </p>
            </li>
          ))}
        </ol>
        <RefusalNote room={room} types={["review.mark"]} />
      </section>
      {me ? <Finish room={room} me={me} session={session} locked={locked} /> : null}
    </>
  );
}

function pendingMark(room: PhaseProps<ReviewSession>["room"], item: number): ReviewMark | null {
  const pending = room.outbox.findLast((i) => i.type === "review.mark" && i.item === item);
  return pending?.type === "review.mark" ? pending.mark : null;
}

const marked = (mark: ReviewMark | null | undefined) => (mark ? markLabels[mark].toLowerCase() : "not marked yet");

function Finish({ room, me, session, locked }: Pick<PhaseProps<ReviewSession>, "room" | "session" | "locked"> & { me: PartnerRole }) {
  const [text, setText, clear] = useDraft(room, `s${session.ordinal}.review.appreciation`, "");
  const [error, setError] = useState<string | undefined>();
  const [unmarked, setUnmarked] = useState(false);
  const other = room.timeline.state.names[otherPartner(me)];
  const mine = session.appreciations[me];

  if (session.done[me]) {
    return (
      <section className="card stack" aria-labelledby="finish-heading">
        <h2 id="finish-heading">You've looked back</h2>
        <p className="next-step-text">Waiting for {other}…</p>
      </section>
    );
  }
  const appreciate = (event: FormEvent) => {
    event.preventDefault();
    const result = check(appreciationContentSchema, { text });
    if (!result.ok) return setError(result.errors.text);
    setError(undefined);
    room.act({ type: "review.appreciate", content: result.data }, (ack) => ack.ok && clear());
  };
  return (
    <section className="card stack" aria-labelledby="finish-heading">
      <h2 id="finish-heading">Anything you appreciated?</h2>
      {mine ? (
        <p>
          <strong>You wrote:</strong> <span className="prewrap">{mine}</span>
        </p>
      ) : null}
      <form className="stack" onSubmit={appreciate} noValidate aria-label="An appreciation">
        <fieldset className="bare" disabled={locked}>
          <PartnerText room={room} id="review-appreciation" label={`Something ${other} did since last time`} optional value={text} onChange={setText} maxLength={textLimits.appreciation} error={error} rows={2} />
        </fieldset>
        <SendButton room={room} types={["review.appreciate"]} label="Add my appreciation" kind="secondary" type="submit" />
      </form>
      <fieldset className="bare" disabled={locked}>
        <SendButton
          room={room}
          types={["review.done"]}
          label="I've looked back"
          onPress={() => {
            if (session.marks[me].some((mark) => mark === null)) return setUnmarked(true);
            setUnmarked(false);
            room.act({ type: "review.done" });
          }}
        />
      </fieldset>
      {unmarked && session.marks[me].some((mark) => mark === null) ? (
        <p className="form-error" role="alert">
          Please say how each step went first: kept, partly or not yet.
        </p>
      ) : null}
    </section>
  );
}
