import { phases, type Phase, type SessionKind } from "@repair-room/protocol";

/** Plain names for the phases. A phase added to the protocol fails the typecheck here until named. */
const phaseNames: Record<Phase, string> = {
  lobby: "Getting ready",
  review: "Looking back",
  checkIn: "Check-in",
  share: "Share and reflect",
  intentions: "Intentions",
  agreements: "Agreements",
  closed: "Recap",
};

export function PhaseProgress({ phase, kind }: { phase: Phase; kind: SessionKind }) {
  // Only a follow-up looks back at the last recap.
  const steps = phases.filter((p) => p !== "review" || kind === "followUp");
  const index = steps.indexOf(phase);
  return (
    <p className="phase-progress">
      Step {index + 1} of {steps.length}: <strong>{phaseNames[phase]}</strong>
    </p>
  );
}
