import type { DraftSections, PartnerRole } from "@repair-room/protocol";
import { markedLines, removedLines, stepChanges } from "./draft-diff";

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

/**
 * The shared draft's sections, read-only (the partners' view while they agree, a coach's, and
 * the recap). Given `since`, the sections as they were before the last change, what is new is
 * marked and what was taken out is listed, so the partner asked to approve again sees what.
 */
export function DraftView({ sections, names, final = false, since }: { sections: DraftSections; names: Names; final?: boolean; since?: DraftSections | undefined }) {
  const H = "h3";
  const empty = final ? "Nothing written." : "Nothing written yet.";
  const text = (key: "agreedTrue" | "unclear" | "practice") => {
    const value = sections[key];
    if (!since || since[key] === value) return value.trim() ? <p className="prewrap">{value}</p> : <p className="muted">{empty}</p>;
    const removed = removedLines(since[key], value);
    return (
      <>
        {markedLines(since[key], value).map((line, i) =>
          line.isNew ? (
            <p key={i} className="changed-line">
              <mark>
                <span className="visually-hidden">New: </span>
                {line.text}
              </mark>
            </p>
          ) : (
            <p key={i}>{line.text}</p>
          ),
        )}
        {value.trim() === "" ? <p className="muted">{empty}</p> : null}
        {removed.length > 0 ? <p className="muted removed-lines">Taken out: {removed.join(" · ")}</p> : null}
      </>
    );
  };
  return (
    <div className="stack draft-view">
      <div className="stack-tight">
        <H>{sectionTitles.agreedTrue}</H>
        {text("agreedTrue")}
      </div>
      <div className="stack-tight">
        <H>{sectionTitles.unclear}</H>
        {text("unclear")}
      </div>
      <div className="stack-tight">
        <H>{sectionTitles.nextSteps}</H>
        <StepsList steps={sections.nextSteps} names={names} final={final} since={since?.nextSteps} />
      </div>
      <div className="stack-tight">
        <H>{sectionTitles.practice}</H>
        {text("practice")}
      </div>
    </div>
  );
}

export function StepsList({ steps, names, final = false, since }: { steps: DraftSections["nextSteps"]; names: Names; final?: boolean; since?: DraftSections["nextSteps"] | undefined }) {
  const changes = since ? stepChanges(since, steps) : null;
  const removed = changes?.removed ?? [];
  if (steps.length === 0 && removed.length === 0) return <p className="muted">{final ? "No next steps." : "No next steps yet."}</p>;
  return (
    <>
      <ul role="list" className="steps">
        {steps.map((step, i) => {
          const line = (
            <>
              <span className="step-what">{step.what}</span>
              <span className="step-meta">
                {whoLabel(step.who, names)} · by {dateLabel(step.byWhen)}
              </span>
            </>
          );
          return (
            <li key={i} className={changes?.isNew[i] ? "step changed-step" : "step"}>
              {changes?.isNew[i] ? <span className="visually-hidden">New: </span> : null}
              {line}
            </li>
          );
        })}
      </ul>
      {removed.length > 0 ? <p className="muted removed-lines">Taken out: {removed.map((s) => s.what).join(" · ")}</p> : null}
    </>
  );
}
