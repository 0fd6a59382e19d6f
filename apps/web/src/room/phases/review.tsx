import {
  appreciationContentSchema,
  isPartner,
  otherPartner,
  partnerRoles,
  textLimits,
  type LookBackItem,
  type PartnerRole,
  type ReviewMark,
  type ReviewSession,
} from "@repair-room/protocol";
import { useState } from "react";
import { dateLabel, whoLabel } from "../../cards/draft-view";
import { useDraft } from "../../devices/drafts";
import { ChoiceGroup } from "../../ui/choice-group";
import { InDock } from "../action-dock";
import { useCheckedSend, whenAccepted } from "../form-errors";
import { PartnerText } from "../partner-text";
import { RefusalNote, SendButton } from "../send-button";
import type { PhaseProps } from "./phase-props";

export const markLabels: Record<ReviewMark, string> = { kept: "Kept", partly: "Partly", notYet: "Not yet" };

/**
 * A follow-up opens by looking back: each partner marks each thing agreed last time (the next
 * steps, steps still open from before, the practice), may say what they appreciated, which
 * the other sees at once, then is done.
 */
export function Review({ room, role, session, locked }: PhaseProps<ReviewSession>) {
  const names = room.timeline.state.names;
  const me = isPartner(role) ? role : null;
  return (
    <>
      <section className="card stack" aria-labelledby="phase-heading">
        <h2 id="phase-heading" tabIndex={-1}>
          Looking back at last time
        </h2>
        <p>How did it go? There's no wrong answer: “not yet” is worth knowing too.</p>
        <ol className="stack review-items">
          {session.items.map((item, i) => (
            <li key={i} className="review-item stack-tight">
              <ItemLine item={item} names={names} />
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
                  .map((p) => markedBy(p === me ? "You" : names[p], session.marks[p][i], session.done[p]))
                  .join(" · ")}
              </p>
            </li>
          ))}
        </ol>
        <RefusalNote room={room} types={["review.mark"]} />
      </section>
      <Appreciated room={room} me={me} session={session} />
      {me ? <Finish room={room} me={me} session={session} locked={locked} /> : null}
    </>
  );
}

/** One thing agreed last time: a step with who and by when (and whether it is still open from before), or the practice. */
function ItemLine({ item, names }: { item: LookBackItem; names: Record<PartnerRole, string> }) {
  if (item.kind === "practice") {
    return (
      <>
        <p className="step-kind">Your practice</p>
        <p className="step-what">{item.what}</p>
      </>
    );
  }
  return (
    <>
      {item.carried ? <p className="step-kind">Still open from before</p> : null}
      <p className="step-what">{item.what}</p>
      <p className="step-meta">
        {whoLabel(item.who, names)}
        {item.byWhen ? ` · by ${dateLabel(item.byWhen)}` : ""}
      </p>
    </>
  );
}

function pendingMark(room: PhaseProps<ReviewSession>["room"], item: number): ReviewMark | null {
  const pending = room.outbox.findLast((i) => i.type === "review.mark" && i.item === item);
  return pending?.type === "review.mark" ? pending.mark : null;
}

/** "Alex: not yet" (a rating) reads apart from "Alex hasn't said yet" (no rating). */
function markedBy(who: string, mark: ReviewMark | null | undefined, done: boolean): string {
  if (mark) return `${who}: ${markLabels[mark].toLowerCase()}`;
  return done ? `${who}: no answer` : `${who} hasn't said yet`;
}

/** What each appreciated since last time, as soon as it is written: the other reads it here. */
function Appreciated({ room, me, session }: { room: PhaseProps<ReviewSession>["room"]; me: PartnerRole | null; session: ReviewSession }) {
  const names = room.timeline.state.names;
  const written = partnerRoles.filter((p) => session.appreciations[p]);
  if (written.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="appreciated-heading" aria-live="polite" data-testid="review-appreciations">
      <h2 id="appreciated-heading">What you appreciated</h2>
      {written.map((p) => (
        <figure key={p} className="said">
          <figcaption className="said-who">{p === me ? "You" : names[p]}</figcaption>
          <p className="prewrap">{session.appreciations[p]}</p>
        </figure>
      ))}
    </section>
  );
}

function Finish({ room, me, session, locked }: Pick<PhaseProps<ReviewSession>, "room" | "session" | "locked"> & { me: PartnerRole }) {
  const [text, setText, clear] = useDraft(room, `s${session.ordinal}.review.appreciation`, "");
  const [unmarked, setUnmarked] = useState(false);
  const other = room.timeline.state.names[otherPartner(me)];
  const mine = session.appreciations[me];
  // Hooks before any early return: React counts them on every render.
  const { errors, submit } = useCheckedSend(appreciationContentSchema, () => "review-appreciation", (content) =>
    room.act({ type: "review.appreciate", content }, whenAccepted(clear)),
  );

  if (session.done[me]) {
    return (
      <section className="card stack" aria-labelledby="finish-heading">
        <h2 id="finish-heading">You've looked back</h2>
        <p className="next-step-text">Waiting for {other}…</p>
      </section>
    );
  }
  return (
    <section className="card stack" aria-labelledby="finish-heading">
      <h2 id="finish-heading">{mine ? "Anything else you appreciated?" : "Anything you appreciated?"}</h2>
      <form className="stack" onSubmit={submit({ text })} noValidate aria-label="An appreciation">
        <fieldset className="bare" disabled={locked}>
          <PartnerText room={room} id="review-appreciation" label={`Something ${other} did since last time`} optional value={text} onChange={setText} maxLength={textLimits.appreciation} error={errors.text} rows={2} />
        </fieldset>
        <SendButton room={room} types={["review.appreciate"]} label={mine ? "Change my appreciation" : "Add my appreciation"} kind="secondary" type="submit" />
      </form>
      <SendButton
        room={room}
        types={["review.done"]}
        label="I've looked back"
        disabled={locked}
        onPress={() => {
          if (session.marks[me].some((mark) => mark === null)) return setUnmarked(true);
          setUnmarked(false);
          room.act({ type: "review.done" });
        }}
      />
      {unmarked && session.marks[me].some((mark) => mark === null) ? (
        <InDock>
          <p className="form-error" role="alert">
            Please say how each one went first: kept, partly or not yet.
          </p>
        </InDock>
      ) : null}
    </section>
  );
}
