import type { ReactNode } from "react";

/** The parts every labelled field shares: its prompt, its error, and what ties them to it. */

/** What every labelled text field takes. */
export interface FieldProps {
  id: string;
  label: string;
  /** A prompt under the label, read with the field. */
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  /** Shown under the field and read with it (the gentle-language note). */
  below?: ReactNode;
  belowId?: string;
}

/** The ids a field's prompt and error are read by (aria-describedby). */
export function fieldIds(id: string): { hintId: string; errorId: string } {
  return { hintId: `${id}-hint`, errorId: `${id}-error` };
}

/** `aria-describedby` from the parts that are on screen; undefined when none is. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(" ") || undefined;
}

export function FieldHint({ id, hint }: { id: string; hint?: string | undefined }) {
  return hint ? (
    <p id={id} className="field-hint">
      {hint}
    </p>
  ) : null;
}

export function FieldError({ id, error }: { id: string; error?: string | null | undefined }) {
  return error ? (
    <p id={id} className="field-error">
      {error}
    </p>
  ) : null;
}
