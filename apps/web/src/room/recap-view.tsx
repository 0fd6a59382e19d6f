import { partnerRoles, type Recap } from "@repair-room/protocol";
import { DraftView } from "./draft-view";
import { CheckInSummary } from "./phases/check-in";
import { IntentionCard } from "./phases/intentions";
import { ReflectionCard, StatementCard } from "./phases/share-cards";
import { markLabels } from "./phases/review";

const time = (at: number) => new Date(at).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });

/** A closed session's recap, rendered from the stored recap alone, the same for every seat. */
export function RecapView({ recap }: { recap: Recap }) {
  const { names } = recap;
  const day = new Date(recap.closedAt).toLocaleDateString(undefined, { weekday: "long", day: "numeric", month: "long", year: "numeric" });
  return (
    <article className="recap stack" aria-labelledby="recap-heading" data-testid="recap">
      <header className="stack-tight">
        <h2 id="recap-heading" tabIndex={-1}>
          Your recap
        </h2>
        <p className="muted">
          {recap.topic} · session {recap.ordinal} · {day}
        </p>
      </header>
      <section className="card stack">
        <DraftView sections={recap.agreements} names={names} final />
      </section>
      <section className="card stack-tight" aria-labelledby="recap-appreciations">
        <h3 id="recap-appreciations">What we appreciated</h3>
        {partnerRoles.map((p) => (
          <p key={p}>
            <strong>{names[p]}:</strong> {recap.appreciations[p] ?? <span className="muted">nothing written</span>}
          </p>
        ))}
      </section>
      {recap.review ? (
        <section className="card stack-tight" aria-labelledby="recap-review">
          <h3 id="recap-review">Looking back at last time</h3>
          <ul role="list" className="steps">
            {recap.review.items.map((item, i) => (
              <li key={i} className="step">
                <span className="step-what">{item.what}</span>
                <span className="step-meta">
                  {partnerRoles.map((p) => `${names[p]}: ${(recap.review?.marks[p][i] && markLabels[recap.review.marks[p][i]!]) || "not marked"}`).join(" · ")}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {recap.checkIns ? (
        <section className="card stack" aria-labelledby="recap-checkins">
          <h3 id="recap-checkins">How we felt at the start</h3>
          {partnerRoles.map((p) => (
            <div key={p} className="stack-tight">
              <h4>{names[p]}</h4>
              <CheckInSummary content={recap.checkIns![p]} />
            </div>
          ))}
        </section>
      ) : null}
      {recap.rounds.length > 0 ? (
        <section className="card stack" aria-labelledby="recap-rounds">
          <h3 id="recap-rounds">What we shared</h3>
          <ol className="stack rounds">
            {recap.rounds.map((round, i) => {
              const last = round.attempts.at(-1);
              const listener = round.speaker === "partnerA" ? "partnerB" : "partnerA";
              return (
                <li key={i} className="stack-tight">
                  <StatementCard statement={round.statement} speaker={round.speaker} names={names} />
                  {last ? <ReflectionCard reflection={last.reflection} listener={listener} names={names} /> : null}
                  <p className="outcome">
                    {round.outcome === "understood"
                      ? `Understood${round.attempts.length > 1 ? ` after ${round.attempts.length} tries` : ""}.`
                      : "Still unclear after three tries."}
                  </p>
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}
      {partnerRoles.some((p) => recap.intentions[p]) ? (
        <section className="card stack" aria-labelledby="recap-intentions">
          <h3 id="recap-intentions">What we intended</h3>
          {partnerRoles.map((p) => {
            const content = recap.intentions[p];
            return content ? <IntentionCard key={p} content={content} who={names[p]} /> : null;
          })}
        </section>
      ) : null}
      {recap.pauses.length + recap.breaks.length > 0 ? (
        <section className="card stack-tight" aria-labelledby="recap-pauses">
          <h3 id="recap-pauses">Pauses</h3>
          <ul role="list" className="stack-tight">
            {recap.pauses.map((pause, i) => (
              <li key={`p${i}`}>
                {time(pause.at)}: {pause.by === "observer" ? "the coach" : names[pause.by]} asked for a {pause.minutes}-minute pause.
              </li>
            ))}
            {recap.breaks.map((b, i) => (
              <li key={`b${i}`}>
                {time(b.at)}: the session paused for a while{b.kind === "adjourned" ? ", to continue another time" : ""}.
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
