import {
  checkInContentSchema,
  isPartner,
  otherPartner,
  partnerRoles,
  textLimits,
  type CheckInSession,
  type PartnerRole,
} from "@repair-room/protocol";
import { CheckInSummary } from "../../cards/check-in-summary";
import { useDraft } from "../../devices/drafts";
import { useCheckedSend, whenAccepted } from "../form-errors";
import { PartnerText } from "../partner-text";
import { SendButton } from "../send-button";
import { FeelingPicker, type ChosenFeeling } from "./feeling-picker";
import type { PhaseProps } from "./phase-props";

/** Check-in: each partner's feelings, hidden from the other until both are in, then shown together. */
export function CheckIn({ room, role, session, locked }: PhaseProps<CheckInSession>) {
  const names = room.timeline.state.names;
  const status = (
    <ul role="list" className="ready-list" aria-live="polite">
      {partnerRoles.map((p) => (
        <li key={p} className={session.submitted[p] !== null ? "ready-item ready" : "ready-item"}>
          <span className="ready-mark" aria-hidden="true">
            {session.submitted[p] !== null ? "✓" : ""}
          </span>
          <span>
            {names[p]}
            {p === role ? " (you)" : ""}
          </span>
          <span className="ready-state">{session.submitted[p] !== null ? "checked in" : "not yet"}</span>
        </li>
      ))}
    </ul>
  );

  if (!isPartner(role)) {
    return (
      <section className="card stack" aria-labelledby="phase-heading">
        <h2 id="phase-heading" tabIndex={-1}>
          Check-in
        </h2>
        <p>Each of them names how they're feeling. You'll see both check-ins together, once both are in.</p>
        {status}
      </section>
    );
  }
  const mine = session.submitted[role];
  if (mine !== null && mine !== "hidden") {
    return (
      <section className="card stack" aria-labelledby="phase-heading">
        <h2 id="phase-heading" tabIndex={-1}>
          You've checked in
        </h2>
        <CheckInSummary content={mine} />
        <p className="next-step-text">Waiting for {names[otherPartner(role)]}…</p>
        <p className="muted">You'll both see each other's check-in together, once both are in.</p>
        {status}
      </section>
    );
  }
  return <CheckInForm room={room} me={role} session={session} locked={locked} />;
}

function CheckInForm({ room, me, session, locked }: Pick<PhaseProps<CheckInSession>, "room" | "session" | "locked"> & { me: PartnerRole }) {
  const field = `s${session.ordinal}.checkIn`;
  const [feelings, setFeelings, clearFeelings] = useDraft<ChosenFeeling[]>(room, `${field}.feelings`, []);
  const [note, setNote, clearNote] = useDraft(room, `${field}.note`, "");
  const other = room.timeline.state.names[otherPartner(me)];
  const { errors, submit } = useCheckedSend(
    checkInContentSchema,
    (path) => (path.startsWith("feelings") ? "feelings-first" : "check-in-note"),
    (content) => room.act({ type: "checkIn.submit", content }, whenAccepted(clearFeelings, clearNote)),
  );

  return (
    <form id="check-in-form" className="card stack" onSubmit={submit({ feelings, note })} noValidate aria-labelledby="phase-heading">
      <h2 id="phase-heading" tabIndex={-1}>
        Check in
      </h2>
      <p>Only you see this until {other} has checked in too. Then you'll both see both, together.</p>
      <fieldset className="bare stack" disabled={locked}>
        <FeelingPicker value={feelings} onChange={setFeelings} error={errors.feelings} options={room.options} />
        <PartnerText
          room={room}
          id="check-in-note"
          label="Anything you'd like to add?"
          hint="A few words about what's on your mind."
          optional
          value={note}
          onChange={setNote}
          maxLength={textLimits.checkInNote}
          error={errors.note}
        />
      </fieldset>
      <SendButton room={room} types={["checkIn.submit"]} label="Share my check-in" type="submit" form="check-in-form" disabled={locked} />
    </form>
  );
}
