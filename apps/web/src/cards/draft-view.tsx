import type { DraftSections, PartnerRole } from "@repair-room/protocol";

type Names = Record<PartnerRole, string>;

export const sectionTitles = {
  agreedTrue: "What we agree is true",
  unclear: "What remains unclear",
  nextSteps: "Next steps",
  practice: "Our practice or boundary",
} as const;

export function whoLabel(who: "partnerA" | "partnerB" | "both", names: Names): string {
  return who === "both" ? "Both of us" : names[who];
}

/** "Sunday 29 November" in the reader's own language, from a calendar date. */
export function dateLabel(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  if (!y || !m || !d) return isoDate;
  return new Date(y, m - 1, d).toLocaleDateString(undefined, { weekday: "long", day: "numeric", month: "long", year: "numeric" });
}

/** The shared draft's sections, read-only (an observer's view, and the recap). */
export function DraftView({ sections, names, final = false }: { sections: DraftSections; names: Names; final?: boolean }) {
  const H = "h3";
  const empty = final ? "Nothing written." : "Nothing written yet.";
  const text = (value: string) => (value.trim() ? <p className="prewrap">{value}</p> : <p className="muted">{empty}</p>);
  return (
    <div className="stack draft-view">
      <div className="stack-tight">
        <H>{sectionTitles.agreedTrue}</H>
        {text(sections.agreedTrue)}
      </div>
      <div className="stack-tight">
        <H>{sectionTitles.unclear}</H>
        {text(sections.unclear)}
      </div>
      <div className="stack-tight">
        <H>{sectionTitles.nextSteps}</H>
        <StepsList steps={sections.nextSteps} names={names} final={final} />
      </div>
      <div className="stack-tight">
        <H>{sectionTitles.practice}</H>
        {text(sections.practice)}
      </div>
    </div>
  );
}

export function StepsList({ steps, names, final = false }: { steps: DraftSections["nextSteps"]; names: Names; final?: boolean }) {
  if (steps.length === 0) return <p className="muted">{final ? "No next steps." : "No next steps yet."}</p>;
  return (
    <ul role="list" className="steps">
      {steps.map((step, i) => (
        <li key={i} className="step">
          <span className="step-what">{step.what}</span>
          <span className="step-meta">
            {whoLabel(step.who, names)} · by {dateLabel(step.byWhen)}
          </span>
        </li>
      ))}
    </ul>
  );
}
