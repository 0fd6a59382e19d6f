import { textLimits, type NextStep, type PartnerRole } from "@repair-room/protocol";
import type { UseRoom } from "../../connection/use-room";
import type { FieldErrors } from "../form-errors";
import { PartnerText } from "../partner-text";

/** A week from today, as a calendar date: a gentle default for "by when". */
function inAWeek(): string {
  const d = new Date();
  d.setDate(d.getDate() + 7);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** Next steps: each one who, what, by when. */
export function NextStepsEditor({
  room,
  steps,
  onChange,
  errors,
}: {
  room: UseRoom;
  steps: NextStep[];
  onChange: (steps: NextStep[]) => void;
  errors: FieldErrors;
}) {
  const names = room.timeline.state.names;
  const set = (i: number, patch: Partial<NextStep>) => onChange(steps.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const whoChoices: { value: NextStep["who"]; label: string }[] = [
    { value: "both", label: "Both of us" },
    ...(["partnerA", "partnerB"] as PartnerRole[]).map((p) => ({ value: p, label: names[p] })),
  ];

  return (
    <div className="stack">
      {steps.length === 0 ? <p className="muted">No next steps yet. Small and concrete works best.</p> : null}
      <ol className="stack steps-edit">
        {steps.map((step, i) => (
          <li key={i}>
            <fieldset className="step-edit stack">
              <legend>Next step {i + 1}</legend>
              <PartnerText
                room={room}
                id={`step-${i}-what`}
                label="What"
                value={step.what}
                onChange={(what) => set(i, { what })}
                maxLength={textLimits.nextStepWhat}
                error={errors[`nextSteps.${i}.what`]}
                rows={2}
              />
              <div className="field">
                <label htmlFor={`step-${i}-who`}>Who</label>
                <select id={`step-${i}-who`} value={step.who} onChange={(e) => set(i, { who: e.target.value as NextStep["who"] })}>
                  {whoChoices.map((c) => (
                    <option key={c.value} value={c.value}>
                      {c.label}
                    </option>
                  ))}
                </select>
              </div>
              <div className={errors[`nextSteps.${i}.byWhen`] ? "field field-invalid" : "field"}>
                <label htmlFor={`step-${i}-byWhen`}>By when</label>
                <input
                  id={`step-${i}-byWhen`}
                  type="date"
                  value={step.byWhen}
                  onChange={(e) => set(i, { byWhen: e.target.value })}
                  aria-invalid={errors[`nextSteps.${i}.byWhen`] ? true : undefined}
                  aria-describedby={errors[`nextSteps.${i}.byWhen`] ? `step-${i}-byWhen-error` : undefined}
                />
                {errors[`nextSteps.${i}.byWhen`] ? (
                  <p id={`step-${i}-byWhen-error`} className="field-error">
                    {errors[`nextSteps.${i}.byWhen`]}
                  </p>
                ) : null}
              </div>
              <button type="button" className="button quiet" onClick={() => onChange(steps.filter((_, j) => j !== i))}>
                Remove next step {i + 1}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      {steps.length < room.options.nextSteps ? (
        <button type="button" className="button secondary wide" onClick={() => onChange([...steps, { who: "both", what: "", byWhen: inAWeek() }])}>
          Add a next step
        </button>
      ) : null}
    </div>
  );
}
