import type { Phase } from "./messages/phase-started.js";

/** Plain names for the phases. A phase added to the protocol fails the typecheck here until named. */
export const phaseNames: Record<Phase, string> = {
  lobby: "Getting ready",
  review: "Looking back",
  checkIn: "Check-in",
  share: "Share and reflect",
  intentions: "Intentions",
  agreements: "Agreements",
  closed: "Recap",
};
