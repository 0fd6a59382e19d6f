import { feelingGroups, feelingLabel, type EngineOptions, type FeelingId } from "@repair-room/protocol";
import { useState } from "react";

export interface ChosenFeeling {
  feeling: FeelingId;
  intensity: number;
}

/**
 * The check-in's feelings: plain words in groups, as large toggles, as many as the method
 * asks for; each chosen one gets a slider for how strong it is.
 */
export function FeelingPicker({
  value,
  onChange,
  error,
  options,
}: {
  value: ChosenFeeling[];
  onChange: (value: ChosenFeeling[]) => void;
  error?: string | undefined;
  options: Pick<EngineOptions, "feelings" | "intensity">;
}) {
  const { feelings: count, intensity: scale } = options;
  const startingIntensity = Math.round((scale.min + scale.max) / 2);
  const [note, setNote] = useState("");
  const chosen = new Set(value.map((f) => f.feeling));

  const toggle = (feeling: FeelingId) => {
    if (chosen.has(feeling)) {
      setNote("");
      onChange(value.filter((f) => f.feeling !== feeling));
    } else if (value.length >= count.max) {
      setNote(`You've chosen ${count.max}. Unselect one to choose ${feelingLabel(feeling)} instead.`);
    } else {
      setNote("");
      onChange([...value, { feeling, intensity: startingIntensity }]);
    }
  };

  return (
    <div className="stack">
      <fieldset className="bare feelings" aria-describedby={error ? "feelings-error" : "feelings-hint"}>
        <legend className="field-legend">How are you feeling right now?</legend>
        <p id="feelings-hint" className="field-hint">
          Choose {count.min} to {count.max} words.
        </p>
        {feelingGroups.map((group, g) => (
          <div key={group.id} className="feeling-group" role="group" aria-labelledby={`group-${group.id}`}>
            <h3 id={`group-${group.id}`} className="feeling-group-title">
              {group.label}
            </h3>
            <div className="feeling-toggles">
              {group.feelings.map((feeling, f) => (
                <button
                  key={feeling}
                  id={g === 0 && f === 0 ? "feelings-first" : undefined}
                  type="button"
                  className="toggle"
                  aria-pressed={chosen.has(feeling)}
                  onClick={() => toggle(feeling)}
                >
                  {feelingLabel(feeling)}
                </button>
              ))}
            </div>
          </div>
        ))}
        <p className="muted" aria-live="polite">
          {note}
        </p>
        {error ? (
          <p id="feelings-error" className="field-error">
            {error}
          </p>
        ) : null}
      </fieldset>
      {value.length > 0 ? (
        <fieldset className="bare intensities">
          <legend className="field-legend">How strong is each feeling?</legend>
          {value.map(({ feeling, intensity }) => (
            <div key={feeling} className="intensity">
              <label htmlFor={`intensity-${feeling}`}>{capitalised(feelingLabel(feeling))}</label>
              <div className="intensity-row">
                <span className="muted" aria-hidden="true">
                  {scale.min}
                </span>
                <input
                  id={`intensity-${feeling}`}
                  type="range"
                  min={scale.min}
                  max={scale.max}
                  step={1}
                  value={intensity}
                  aria-valuetext={`${intensity} out of ${scale.max}`}
                  onChange={(event) =>
                    onChange(value.map((f) => (f.feeling === feeling ? { ...f, intensity: Number(event.target.value) } : f)))
                  }
                />
                <span className="muted" aria-hidden="true">
                  {scale.max}
                </span>
                <output htmlFor={`intensity-${feeling}`} className="intensity-value">
                  {intensity}
                </output>
              </div>
            </div>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}

export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
