import { feelingGroups, feelingLabel, type EngineOptions, type FeelingId } from "@repair-room/protocol";
import { useState } from "react";

export interface ChosenFeeling {
  feeling: FeelingId;
  intensity: number;
}

const groupOf = (feeling: FeelingId | undefined) => feelingGroups.find((g) => (g.feelings as readonly string[]).includes(feeling ?? ""))?.id ?? null;

/**
 * The check-in's feelings, compact enough for a phone: the kinds of feeling in plain words,
 * one kind open at a time with its words as large toggles, as many words as the method asks
 * for; each chosen one gets a slider for how strong it is.
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
  const startingIntensity = Math.floor((scale.min + scale.max) / 2);
  const [note, setNote] = useState("");
  const [open, setOpen] = useState<string | null>(() => groupOf(value[0]?.feeling));
  const chosen = new Set(value.map((f) => f.feeling));
  const openGroup = feelingGroups.find((g) => g.id === open) ?? null;

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
          Choose {count.min} to {count.max} words. Start with the kind of feeling closest to yours.
        </p>
        <div className="feeling-kinds">
          {feelingGroups.map((group, g) => {
            const picked = group.feelings.filter((f) => chosen.has(f)).length;
            return (
              <button
                key={group.id}
                id={g === 0 ? "feelings-first" : undefined}
                type="button"
                className="toggle kind"
                aria-expanded={open === group.id}
                aria-controls="feelings-open"
                onClick={() => setOpen(open === group.id ? null : group.id)}
              >
                {group.label}
                <span className="visually-hidden"> feelings</span>
                {picked > 0 ? <span className="kind-count">{` · ${picked} chosen`}</span> : null}
              </button>
            );
          })}
        </div>
        {openGroup ? (
          <div id="feelings-open" className="feeling-toggles" role="group" aria-label={`${openGroup.label} feelings`}>
            {openGroup.feelings.map((feeling) => (
              <button key={feeling} type="button" className="toggle" aria-pressed={chosen.has(feeling)} onClick={() => toggle(feeling)}>
                {feelingLabel(feeling)}
              </button>
            ))}
          </div>
        ) : null}
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
              <div className="intensity-head">
                <label htmlFor={`intensity-${feeling}`}>{capitalised(feelingLabel(feeling))}</label>
                <button type="button" className="button quiet small" onClick={() => toggle(feeling)}>
                  Remove<span className="visually-hidden"> {feelingLabel(feeling)}</span>
                </button>
              </div>
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

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
