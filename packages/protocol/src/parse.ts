import type { z } from "zod";
import { refusal, type Refusal } from "./errors.js";

/**
 * Parse at the edge. A failure becomes a `Refusal` naming the first field at fault, with
 * `too_long` for an over-long text so the person knows what to change.
 */
export function parseOrRefuse<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: true; value: z.infer<S> } | Refusal {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  if (!issue) return refusal("invalid_input");
  const field = issue.path.map(String).join(".");
  const tooLong = issue.code === "too_big" && issue.origin === "string";
  const message = field ? `${field}: ${issue.message}` : issue.message;
  return refusal(tooLong ? "too_long" : "invalid_input", field || undefined, message);
}

/** A schema as the apps pass it around, and what it parses to (so they need not import zod). */
export type Schema = z.ZodType;
export type Parsed<S extends z.ZodType> = z.output<S>;
