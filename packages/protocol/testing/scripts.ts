import type { IntentDraft } from "../src/intents.js";
import { defaultEngineOptions, type EngineOptions } from "../src/options.js";
import type { PartnerRole } from "../src/roles.js";
import { notQuite, otherOf, reflection, statement, thatsIt } from "./intents.js";

/** One acting partner and what they send. */
export type Step = [PartnerRole, IntentDraft];

/** A round understood at the first try. */
export function understoodRound(speaker: PartnerRole, happened = `${speaker} speaks`): Step[] {
  const listener = otherOf(speaker);
  return [
    [speaker, statement(happened)],
    [listener, reflection("I heard you")],
    [speaker, thatsIt],
  ];
}

/** A round that stays unclear: every try the method allows, each answered "not quite". */
export function unclearRound(speaker: PartnerRole, options: EngineOptions = defaultEngineOptions, happened = `${speaker} speaks`): Step[] {
  const listener = otherOf(speaker);
  const tries = Array.from({ length: options.reflectionTries }, (_, n): Step[] => [
    [listener, reflection(`try ${n + 1}`)],
    [speaker, notQuite(`not that (${n + 1})`)],
  ]);
  return [[speaker, statement(happened)], ...tries.flat()];
}
