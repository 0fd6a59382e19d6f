import type { Ref } from "react";
import { describedBy, FieldError, FieldHint, fieldIds, type FieldProps } from "./field-parts";

export interface TextAreaFieldProps extends FieldProps {
  rows?: number;
  optional?: boolean;
  ref?: Ref<HTMLTextAreaElement>;
}

/**
 * A labelled multi-line field. Its prompt, error and the note below it are announced with it
 * (aria-describedby); a quiet count appears only as the limit comes near.
 */
export function TextAreaField(props: TextAreaFieldProps) {
  const { id, label, hint, error, value, onChange, maxLength, rows = 3, optional, below, belowId, ref } = props;
  const { hintId, errorId } = fieldIds(id);
  const countId = `${id}-count`;
  const nearLimit = value.length >= maxLength * 0.8;
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="optional"> (optional)</span> : null}
      </label>
      <FieldHint id={hintId} hint={hint} />
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
        aria-describedby={describedBy(hint && hintId, error && errorId, nearLimit && countId, belowId)}
      />
      {nearLimit ? (
        <p id={countId} className="field-count" aria-live="polite">
          {value.length} of {maxLength} characters
        </p>
      ) : null}
      <FieldError id={errorId} error={error} />
      {below}
    </div>
  );
}
