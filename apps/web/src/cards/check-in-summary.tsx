import { feelingLabel, type CheckInContent } from "@repair-room/protocol";

/** One partner's check-in, in plain words: "hurt (7 of 10)". */
export function CheckInSummary({ content }: { content: CheckInContent }) {
  return (
    <div className="stack-tight">
      <ul role="list" className="feeling-chips">
        {content.feelings.map((f) => (
          <li key={f.feeling} className="feeling-chip">
            {feelingLabel(f.feeling)} <span className="chip-strength">{f.intensity} of 10</span>
          </li>
        ))}
      </ul>
      {content.note ? <p className="quote">{content.note}</p> : null}
    </div>
  );
}
