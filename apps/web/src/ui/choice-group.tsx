export interface Choice<T extends string> {
  value: T;
  label: string;
}

export interface ChoiceGroupProps<T extends string> {
  name: string;
  legend: string;
  choices: readonly Choice<T>[];
  value: T | null;
  onChange: (value: T) => void;
  disabled?: boolean;
  /** Lay the choices side by side (short labels). */
  inline?: boolean;
}

/** Radio buttons as large tiles: arrow keys move between them, as people expect. */
export function ChoiceGroup<T extends string>({ name, legend, choices, value, onChange, disabled, inline }: ChoiceGroupProps<T>) {
  return (
    <fieldset className={inline ? "choices inline" : "choices"} disabled={disabled}>
      <legend>{legend}</legend>
      <div className="choice-list">
        {choices.map((choice) => (
          <label key={choice.value} className={value === choice.value ? "choice chosen" : "choice"}>
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
