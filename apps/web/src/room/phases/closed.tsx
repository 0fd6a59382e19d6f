import { isPartner, type ClosedSession } from "@repair-room/protocol";
import type { PhaseProps } from "../phase-view";
import { RecapView } from "../recap-view";
import { SendButton } from "../send-button";

/** Closed: the recap, the same on every screen; a partner may open the next session. */
export function Closed({ room, role, session }: PhaseProps<ClosedSession>) {
  return (
    <>
      <RecapView recap={session.recap} />
      <section className="card stack no-print" aria-labelledby="after-heading">
        <h2 id="after-heading">What now</h2>
        <p>Keep this recap somewhere you'll both find it. Coming back to your next steps in a week or two helps them stick.</p>
        <button type="button" className="button secondary wide" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        {isPartner(role) ? (
          <>
            <SendButton
              room={room}
              types={["session.openFollowUp"]}
              label="Start a follow-up session"
              kind="secondary"
              onPress={() => room.act({ type: "session.openFollowUp", format: "full" })}
            />
            <p className="muted">A follow-up begins by looking back at your next steps together.</p>
          </>
        ) : null}
      </section>
    </>
  );
}
