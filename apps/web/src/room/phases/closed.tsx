import { closingSummary, isPartner, type ClosedSession } from "@repair-room/protocol";
import { RecapView } from "../../recap/recap-view";
import { roomPath } from "../../router";
import { Link } from "../../ui/link";
import { InDock } from "../action-dock";
import { SendButton } from "../send-button";
import type { PhaseProps } from "./phase-props";

/**
 * Closed: what the two did together, named calmly; the recap, the same on every screen; and
 * the way to its own page, where it is kept (read back from storage) and can be downloaded,
 * printed or put in a calendar. A partner may open the next session.
 */
export function Closed({ room, role, session }: PhaseProps<ClosedSession>) {
  const together = closingSummary(session.recap, role);
  return (
    <>
      <section className="card stack together" aria-labelledby="phase-heading" data-testid="closing-summary">
        <h2 id="phase-heading" tabIndex={-1}>
          {isPartner(role) ? "What you did together" : "What they did together"}
        </h2>
        {together.length > 0 ? (
          <ul className="plain-list stack-tight">
            {together.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : null}
        <p>Thank you for staying with it. Your recap is below, and kept for you both.</p>
      </section>
      <RecapView recap={session.recap} />
      <section className="card stack no-print" aria-labelledby="after-heading">
        <h2 id="after-heading">What now</h2>
        <p>Keep this recap somewhere you'll both find it. Coming back to your next steps in a week or two helps them stick.</p>
        <InDock>
          <Link to={roomPath(room.roomId, { kind: "recap", ordinal: session.ordinal }, room.token)} className="button primary wide">
            Open the recap to keep it
          </Link>
        </InDock>
        <p className="muted">On the recap's own page you can download it, print it or save it as a PDF, and put your next check-in in your calendar.</p>
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
