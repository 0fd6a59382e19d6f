import type { ReactNode, Ref } from "react";

export interface TextFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  autoComplete?: string;
  ref?: Ref<HTMLInputElement>;
  /** Shown under the field and read with it (the gentle-language note). */
  below?: ReactNode;
  belowId?: string;
}

/** A labelled input whose hint and error are announced with it (aria-describedby). */
export function TextField({ id, label, hint, error, value, onChange, maxLength, autoComplete, ref, below, belowId }: TextFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null, belowId ?? null].filter(Boolean).join(" ");
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
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
        aria-describedby={describedBy || undefined}
      />
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      {below}
    </div>
  );
}
