import type { ReactNode, Ref } from "react";

export interface TextAreaFieldProps {
  id: string;
  label: string;
  /** A prompt under the label ("What happened for me…"), read with the field. */
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  rows?: number;
  optional?: boolean;
  /** Shown under the field and read with it (the gentle-language note). */
  below?: ReactNode;
  belowId?: string;
  ref?: Ref<HTMLTextAreaElement>;
}

/**
 * A labelled multi-line field. Its prompt, error and the note below it are announced with it
 * (aria-describedby); a quiet count appears only as the limit comes near.
 */
export function TextAreaField(props: TextAreaFieldProps) {
  const { id, label, hint, error, value, onChange, maxLength, rows = 3, optional, below, belowId, ref } = props;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const countId = `${id}-count`;
  const nearLimit = value.length >= maxLength * 0.8;
  const describedBy = [hint ? hintId : null, error ? errorId : null, nearLimit ? countId : null, belowId ?? null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="optional"> (optional)</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <textarea
        ref={ref}
        id={id}
        name={id}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        maxLength={maxLength}
        required={!optional}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {nearLimit ? (
        <p id={countId} className="field-count" aria-live="polite">
          {value.length} of {maxLength} characters
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      {below}
    </div>
  );
}
