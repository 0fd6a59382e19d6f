import { useState, type FormEvent } from "react";

export type FieldErrors = Record<string, string>;

/** What this needs of a zod schema (the web app uses the protocol's schemas, not zod itself). */
interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/**
 * Check a form with the protocol's own schema before sending, for quicker feedback (the
 * server checks again). Errors are keyed by the field's dotted path, first message wins.
 */
export function check<T>(schema: Schema<T>, value: unknown): { ok: true; data: T } | { ok: false; errors: FieldErrors } {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join(".") || "form";
    errors[path] ??= issue.message;
  }
  return { ok: false, errors };
}

/** Put the caret in the first field with an error, so a keyboard or screen-reader user lands on it. */
export function focusFirstError(errors: FieldErrors, idFor: (path: string) => string): void {
  const first = Object.keys(errors)[0];
  if (first) document.getElementById(idFor(first))?.focus();
}

/**
 * A form's send, the same for every partner form: check with the protocol's schema (errors
 * by field, the caret on the first one), then hand the checked content to `send`. The room
 * checks again; this is for quicker feedback.
 */
export function useCheckedSend<T>(schema: Schema<T>, idFor: (path: string) => string, send: (data: T) => void) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const submit = (values: unknown) => (event: FormEvent) => {
    event.preventDefault();
    const result = check(schema, values);
    if (!result.ok) {
      setErrors(result.errors);
      focusFirstError(result.errors, idFor);
      return;
    }
    setErrors({});
    send(result.data);
  };
  return { errors, submit };
}

/** Clears a form's saved drafts once the room has accepted what it sent (a refusal keeps them). */
export function whenAccepted(...clears: (() => void)[]): (ack: { ok: boolean }) => void {
  return (ack) => {
    if (ack.ok) for (const clear of clears) clear();
  };
}
