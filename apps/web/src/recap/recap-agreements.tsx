import { partnerRoles, type Recap } from "@repair-room/protocol";
import { StepsList } from "../cards/draft-view";
import { carriedPoints, recapHeadings as h } from "./recap-text";

/** What the two approved together: the four sections of the agreement, then each one's appreciation. */
export function RecapAgreements({ recap }: { recap: Recap }) {
  const { agreements, names } = recap;
  const carried = carriedPoints(recap);
  return (
    <>
      <section className="card stack draft-view" aria-label="What we agreed">
        <div className="stack-tight">
          <h3>{h.agreedTrue}</h3>
          <Written value={agreements.agreedTrue} />
        </div>
        <div className="stack-tight">
          <h3>{h.unclear}</h3>
          <Written value={agreements.unclear} />
          {carried.length > 0 ? (
            <>
              <p className="muted">{h.carried}:</p>
              <ul role="list" className="steps">
                {carried.map((point, i) => (
                  <li key={i} className="step">
                    <span className="prewrap">
                      <strong>{point.who}:</strong> {point.text}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
        <div className="stack-tight">
          <h3>{h.nextSteps}</h3>
          <StepsList steps={agreements.nextSteps} names={names} final />
        </div>
        <div className="stack-tight">
          <h3>{h.practice}</h3>
          <Written value={agreements.practice} />
        </div>
      </section>
      <section className="card stack-tight" aria-labelledby="recap-appreciations">
        <h3 id="recap-appreciations">{h.appreciations}</h3>
        {partnerRoles.map((p) => (
          <p key={p} className="prewrap">
            <strong>{names[p]}:</strong> {recap.appreciations[p] ?? <span className="muted">nothing written</span>}
          </p>
        ))}
      </section>
    </>
  );
}

function Written({ value }: { value: string }) {
  return value.trim() ? <p className="prewrap">{value}</p> : <p className="muted">Nothing written.</p>;
}
