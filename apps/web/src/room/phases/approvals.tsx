import {
  appreciationContentSchema,
  otherPartner,
  partnerRoles,
  textLimits,
  type AgreementsSession,
  type PartnerRole,
} from "@repair-room/protocol";
import type { UseRoom } from "../../connection/use-room";
import { useDraft } from "../../devices/drafts";
import { useCheckedSend, whenAccepted } from "../form-errors";
import { PartnerText } from "../partner-text";
import { SendButton } from "../send-button";

interface Props {
  room: UseRoom;
  me: PartnerRole | null;
  session: AgreementsSession;
  locked: boolean;
}

/** One thing each appreciated: each writes their own; it is part of what both approve. */
export function Appreciations({ room, me, session, locked }: Props) {
  const names = room.timeline.state.names;
  const { appreciations } = session.draft;
  return (
    <section className="card stack" aria-labelledby="appreciations-heading">
      <h2 id="appreciations-heading">One thing we appreciated</h2>
      <ul role="list" className="plain-list stack-tight">
        {partnerRoles.map((p) => (
          <li key={p}>
            <strong>{p === me ? "You" : names[p]}:</strong>{" "}
            {appreciations[p] ? <span className="prewrap">{appreciations[p]}</span> : <span className="muted">not written yet</span>}
          </li>
        ))}
      </ul>
      {me ? <AppreciationForm room={room} me={me} session={session} locked={locked} /> : null}
    </section>
  );
}

function AppreciationForm({ room, me, session, locked }: Props & { me: PartnerRole }) {
  const [text, setText, clear] = useDraft(room, `s${session.ordinal}.agreements.appreciation`, "");
  const other = room.timeline.state.names[otherPartner(me)];
  const already = session.draft.appreciations[me] !== null;

  const { errors, submit } = useCheckedSend(appreciationContentSchema, () => "appreciation", (content) =>
    room.act({ type: "agreements.appreciate", content }, whenAccepted(clear)),
  );


  return (
    <form className="stack" onSubmit={submit({ text })} noValidate aria-label="Your appreciation">
      <fieldset className="bare" disabled={locked}>
        <PartnerText
          room={room}
          id="appreciation"
          label={already ? "Change what you appreciated" : "One thing I appreciated…"}
          hint={`Something ${other} did or said, today or before.`}
          value={text}
          onChange={setText}
          maxLength={textLimits.appreciation}
          error={errors.text}
          rows={2}
          optional={already}
        />
      </fieldset>
      <SendButton room={room} types={["agreements.appreciate"]} label={already ? "Save my appreciation" : "Add my appreciation"} kind="secondary" type="submit" />
    </form>
  );
}

/** Who has approved the draft as it stands, in people's words, and this partner's "approve". */
export function Approvals({ room, me, session, unsaved, locked }: Props & { unsaved: boolean }) {
  const names = room.timeline.state.names;
  const { version } = session.draft;
  const approvedByMe = me !== null && session.approvals[me] === version;

  return (
    <section className="card stack" aria-labelledby="approvals-heading">
      <h2 id="approvals-heading">Approving the draft</h2>
      <ul role="list" className="ready-list" aria-live="polite">
        {partnerRoles.map((p) => {
          const approved = session.approvals[p];
          // A change clears approvals; the change itself remembers who had approved before it.
          const { changed } = session.draft;
          const approvedBefore = approved !== version && ((approved !== null && approved < version) || (changed?.version === version && changed.unapproved.includes(p)));
          return (
            <li key={p} className={approved === version ? "ready-item ready" : "ready-item"} data-testid={`approval-${p}`}>
              <span className="ready-mark" aria-hidden="true">
                {approved === version ? "✓" : ""}
              </span>
              <span>
                {names[p]}
                {p === me ? " (you)" : ""}
              </span>
              <span className="ready-state">{approved === version ? "approved this draft" : approvedBefore ? "approved it before the latest changes" : "not approved yet"}</span>
            </li>
          );
        })}
      </ul>
      {me && !approvedByMe ? (
        <div className="stack">
          {unsaved ? (
            <p className="muted">Save your changes first, so you both approve the same words.</p>
          ) : (
            <SendButton room={room} types={["agreements.approve"]} label="Approve this draft" disabled={locked} onPress={() => room.act({ type: "agreements.approve", version })} />
          )}
          <p className="muted">Any change after an approval asks you both to approve again. The session closes once you've both approved the same words.</p>
        </div>
      ) : null}
    </section>
  );
}
