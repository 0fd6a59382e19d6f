import { phaseNames, phases, type Phase, type SessionFormat, type SessionKind } from "@repair-room/protocol";

/** Where the session is: "Step 3 of 6: Share and reflect", with a quiet bar of all the steps. */
export function PhaseProgress({ phase, kind, format }: { phase: Phase; kind: SessionKind; format: SessionFormat }) {
  // Only a follow-up looks back at the last recap; a check-in-only session skips the middle.
  const steps = phases.filter(
    (p) => (p !== "review" || kind === "followUp") && (format === "full" || (p !== "share" && p !== "intentions")),
  );
  const index = steps.indexOf(phase);
  return (
    <div className="phase-progress">
      <p>
        Step {index + 1} of {steps.length}: <strong>{phaseNames[phase]}</strong>
      </p>
      <ol className="progress-bar" aria-label="All the steps">
        {steps.map((step, i) => (
          <li
            key={step}
            className={i < index ? "progress-step done" : i === index ? "progress-step current" : "progress-step"}
            aria-current={i === index ? "step" : undefined}
          >
            <span className="visually-hidden">
              {phaseNames[step]}
              {i < index ? " (done)" : ""}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
