import type { Phase } from "../messages/phase-started.js";
import type { PhaseModule } from "../phase-module.js";
import { agreements } from "./agreements.js";
import { checkIn } from "./check-in.js";
import { closed } from "./closed.js";
import { intentions } from "./intentions.js";
import { lobby } from "./lobby.js";
import { review } from "./review.js";
import { share } from "./share.js";

/**
 * Every phase's module, by name. A phase added to the protocol fails the typecheck here until
 * it has one. (Each module's own events are checked where it is declared, hence `any` here.)
 */
export const phaseModules: { [P in Phase]: PhaseModule<P, any> } = { lobby, review, checkIn, share, intentions, agreements, closed };
