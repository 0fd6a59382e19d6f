import { z } from "zod";

/** Length limits on every text a person writes, in characters (after trimming). */
const text = {
  topic: 120,
  displayName: 40,
  checkInNote: 300,
  statementPart: 1000,
  reflectionPart: 1000,
  clarification: 1000,
  intentionPart: 600,
  draftSection: 2000,
  nextStepWhat: 600,
  appreciation: 500,
  observerNote: 2000,
} as const;

/**
 * The numbers of the method, each in one place. The rules, the sentences people read and the
 * screens all take them from here; a deployment may change the method's own numbers (tries,
 * pauses, the length of a minute) and its server's welcome carries them to every page.
 * The sizes (`text`, `feelings`, `intensity`, `nextSteps`) shape the wire's schemas, so they
 * belong to the protocol's version rather than to a deployment.
 */
export interface EngineOptions {
  /** Tries at reflecting back before a point is carried to the recap as unclear. */
  reflectionTries: number;
  /**
   * The pause lengths a person may choose, in minutes, shortest first. A pause's length is
   * also its minimum: nobody can say "I'm ready" before it is over.
   */
  pauseMinutes: readonly number[];
  /** The length a pause has when none is chosen: one of `pauseMinutes`. */
  defaultPauseMinutes: number;
  /** From this many minutes a pause is a full self-soothing break (people who are flooded need 20). */
  fullBreakMinutes: number;
  /** How long a pause "minute" lasts, in ms: 60,000, shorter only in end-to-end tests. */
  minuteMs: number;
  /** How many feelings a partner picks at the check-in. */
  feelings: { min: number; max: number };
  /** The intensity scale of a feeling. */
  intensity: { min: number; max: number };
  /** How many next steps one recap can hold. */
  nextSteps: number;
  text: typeof text;
}

export const defaultEngineOptions: EngineOptions = {
  reflectionTries: 3,
  pauseMinutes: [2, 5, 20],
  defaultPauseMinutes: 2,
  fullBreakMinutes: 20,
  minuteMs: 60_000,
  feelings: { min: 1, max: 3 },
  intensity: { min: 1, max: 10 },
  nextSteps: 12,
  text,
};

/** The part of the options a deployment may set (the rest is the protocol's). */
export const methodSettingsSchema = z
  .object({
    reflectionTries: z.number().int().min(1).max(10),
    pauseMinutes: z
      .array(z.number().int().min(1).max(240))
      .min(1)
      .max(6)
      .refine((m) => m.every((v, i) => i === 0 || v > m[i - 1]!), { error: "Pause lengths go shortest first, each once." }),
    defaultPauseMinutes: z.number().int(),
    fullBreakMinutes: z.number().int().min(1),
    minuteMs: z.number().int().min(1),
  })
  .refine((s) => s.pauseMinutes.includes(s.defaultPauseMinutes), {
    error: "The default pause length must be one of the pause lengths.",
    path: ["defaultPauseMinutes"],
  });
export type MethodSettings = z.infer<typeof methodSettingsSchema>;

/** The options as the welcome carries them to a page. */
export const engineOptionsSchema = z.object({
  reflectionTries: z.number().int().min(1),
  pauseMinutes: z.array(z.number().int().min(1)),
  defaultPauseMinutes: z.number().int().min(1),
  fullBreakMinutes: z.number().int().min(1),
  minuteMs: z.number().int().min(1),
  feelings: z.object({ min: z.number().int(), max: z.number().int() }),
  intensity: z.object({ min: z.number().int(), max: z.number().int() }),
  nextSteps: z.number().int(),
  text: z.object(Object.fromEntries(Object.keys(text).map((k) => [k, z.number().int()])) as Record<keyof typeof text, z.ZodNumber>),
});

/** The default options with a deployment's settings; throws (naming the setting) if they don't hold together. */
export function engineOptions(settings: Partial<MethodSettings> = {}): EngineOptions {
  const merged = { ...defaultEngineOptions, ...settings };
  const checked = methodSettingsSchema.safeParse(merged);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(`Method setting ${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}`);
  }
  return { ...merged, pauseMinutes: [...merged.pauseMinutes] };
}

/** Text limits, as the schemas enforce them. */
export const textLimits = defaultEngineOptions.text;
