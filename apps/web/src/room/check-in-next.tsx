import type { CheckInSession } from "@repair-room/protocol";
import type { PhaseProps } from "./phase-view";

/** Placeholder until the check-in screen arrives: both partners are ready. */
export function CheckInNext({ room, role }: PhaseProps<CheckInSession>) {
  const { partnerA, partnerB } = room.timeline.state.names;
  return (
    <section className="card next-step" aria-live="polite" data-testid="check-in-next">
      <p className="next-step-text">
        {role === "observer"
          ? `${partnerA} and ${partnerB} are both ready. The check-in comes next.`
          : "You're both ready. The check-in comes next."}
      </p>
    </section>
  );
}
