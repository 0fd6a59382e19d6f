import type { Ref } from "react";
import { describedBy, FieldError, FieldHint, fieldIds, type FieldProps } from "./field-parts";

export interface TextFieldProps extends FieldProps {
  autoComplete?: string;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input whose hint and error are announced with it (aria-describedby). */
export function TextField({ id, label, hint, error, value, onChange, maxLength, autoComplete, ref, below, belowId }: TextFieldProps) {
  const { hintId, errorId } = fieldIds(id);
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      <FieldHint id={hintId} hint={hint} />
      <input
        ref={ref}
        id={id}
        name={id}
        type="text"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        maxLength={maxLength}
        autoComplete={autoComplete ?? "off"}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && hintId, error && errorId, belowId)}
      />
      <FieldError id={errorId} error={error} />
      {below}
    </div>
  );
}
