import { defaultEngineOptions, type EngineOptions } from "./options.js";
import type { Phase } from "./messages/phase-started.js";
import type { PhaseModule, Situation } from "./phase-module.js";
import { phaseModules } from "./phases/index.js";
import { isPartner, otherPartner, type PartnerRole, type Role } from "./roles.js";
import { breakNextStep } from "./rules/breaks.js";
import { both, type RoomState, type SessionState } from "./state.js";

/**
 * The one sentence telling this person what comes next ("Your turn: reflect back what Sam
 * said" / "Sam is writing…"): a pause or a break first, otherwise the phase's own. It only
 * puts the state into words; what is allowed is the server's business.
 */
export function nextStep(
  state: RoomState,
  role: Role,
  writing: Record<PartnerRole, boolean> = both(false),
  options: EngineOptions = defaultEngineOptions,
): string {
  const session = state.session;
  if (!session) return "Connecting…";
  const { names } = state;
  const me = isPartner(role) ? role : null;
  const situation: Situation<SessionState> = {
    room: state,
    session,
    me,
    other: me ? names[otherPartner(me)] : "",
    both: `${names.partnerA} and ${names.partnerB}`,
    writing,
    options,
  };
  // The table is keyed by phase, so this module is the one for this session's phase.
  const module = phaseModules[session.phase] as unknown as PhaseModule<Phase>;
  return breakNextStep(situation) ?? module.nextStep(situation);
}
