import { partnerRoles, roundOutcome, type Recap } from "@repair-room/protocol";
import { AcknowledgementCard } from "../cards/acknowledgement-card";
import { CheckInPair } from "../cards/check-in-summary";
import { IntentionCard } from "../cards/intention-card";
import { ReflectionCard } from "../cards/reflection-card";
import { StatementCard } from "../cards/statement-card";
import { listenerOf, lookBackLabel, recapHeadings as h, reviewMarksLine } from "./recap-text";

/** How the session went, phase by phase: looking back, the check-ins, the rounds, the intentions. */
export function RecapStory({ recap }: { recap: Recap }) {
  const { names, review, checkIns } = recap;
  return (
    <>
      {review ? (
        <section className="card stack-tight" aria-labelledby="recap-review">
          <h3 id="recap-review">{h.review}</h3>
          <ul role="list" className="steps">
            {review.items.map((item, i) => (
              <li key={i} className="step">
                <span className="step-what">{lookBackLabel(item)}</span>
                <span className="step-meta">{reviewMarksLine(recap, i)}</span>
              </li>
            ))}
          </ul>
          {partnerRoles.map((p) =>
            review.appreciations[p] ? (
              <p key={p} className="prewrap">
                <strong>{names[p]} appreciated:</strong> {review.appreciations[p]}
              </p>
            ) : null,
          )}
        </section>
      ) : null}
      {checkIns ? (
        <section className="card stack" aria-labelledby="recap-checkins">
          <h3 id="recap-checkins">{h.checkIns}</h3>
          <CheckInPair checkIns={checkIns} names={names} level="h4" />
        </section>
      ) : null}
      {recap.rounds.length > 0 ? (
        <section className="card stack" aria-labelledby="recap-rounds">
          <h3 id="recap-rounds">{h.rounds}</h3>
          <ol className="stack rounds">
            {recap.rounds.map((round, i) => {
              const last = round.attempts.at(-1);
              return (
                <li key={i} className="stack-tight">
                  <StatementCard statement={round.statement} speaker={round.speaker} names={names} />
                  {last ? <ReflectionCard reflection={last.reflection} listener={listenerOf(round.speaker)} names={names} /> : null}
                  <p className="outcome">{roundOutcome(round)}</p>
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}
      {partnerRoles.some((p) => recap.intentions[p]) ? (
        <section className="card stack" aria-labelledby="recap-intentions">
          <h3 id="recap-intentions">{h.intentions}</h3>
          {partnerRoles.map((p) => {
            const content = recap.intentions[p];
            const answer = recap.acknowledgements[listenerOf(p)];
            return content ? (
              <div key={p} className="stack-tight">
                <IntentionCard content={content} who={names[p]} />
                {answer ? <AcknowledgementCard content={answer} who={names[listenerOf(p)]} to={names[p]} /> : null}
              </div>
            ) : null;
          })}
        </section>
      ) : null}
    </>
  );
}
