import { z } from "zod";

/** A person's text: trimmed, not empty, at most `max` characters. */
export function text(max: number, what: string) {
  return z
    .string({ error: `Please write ${what}.` })
    .trim()
    .min(1, { error: `Please write ${what}.` })
    .max(max, { error: `${capitalise(what)} can be at most ${max} characters.` });
}

/** Text a person may leave empty: trimmed, at most `max` characters, "" when absent. */
export function optionalText(max: number, what: string) {
  return z
    .string()
    .trim()
    .max(max, { error: `${what} can be at most ${max} characters.` })
    .default("");
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
