import { progressOf, type SessionState } from "@repair-room/protocol";

/** Where the session is on its route: "Step 3 of 6: Share and reflect", with a quiet bar of all the steps. */
export function PhaseProgress({ session }: { session: SessionState }) {
  const { at, of, steps } = progressOf(session.route, session.phase);
  const current = steps[at - 1];
  return (
    <div className="phase-progress">
      <p>
        Step {at} of {of}: <strong>{current?.name}</strong>
      </p>
      <ol className="progress-bar" aria-label="All the steps">
        {steps.map((step) => (
          <li
            key={step.phase}
            className={step.status === "done" ? "progress-step done" : step.status === "current" ? "progress-step current" : "progress-step"}
            aria-current={step.status === "current" ? "step" : undefined}
          >
            <span className="visually-hidden">
              {step.name}
              {step.status === "done" ? " (done)" : ""}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
