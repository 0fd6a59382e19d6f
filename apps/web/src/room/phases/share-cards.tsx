import type { ByPartner, CheckInContent, PartnerRole, ShareSession } from "@repair-room/protocol";
import { CheckInPair } from "../../cards/check-in-summary";
import { ReflectionCard } from "../../cards/reflection-card";
import { StatementCard } from "../../cards/statement-card";

type Names = Record<PartnerRole, string>;

/** Earlier tries in this round that were "not quite", with what the speaker added. */
export function EarlierTries({ round, names }: { round: ShareSession["round"]; names: Names }) {
  const listener = round.speaker === "partnerA" ? "partnerB" : "partnerA";
  const done = round.attempts.filter((a) => a.verdict === "notQuite");
  if (done.length === 0) return null;
  return (
    <ol className="tries" aria-label="Earlier tries">
      {done.map((attempt, i) => (
        <li key={i} className="try">
          <ReflectionCard reflection={attempt.reflection} listener={listener} names={names} label={`Try ${i + 1}: ${names[listener]} heard`} />
          <p className="clarified">
            <strong>{names[round.speaker]}: not quite.</strong> {attempt.clarification}
          </p>
        </li>
      ))}
    </ol>
  );
}

/** The two check-ins, shown together once both are in. */
export function CheckInsCard({ checkIns, names, open }: { checkIns: ByPartner<CheckInContent>; names: Names; open: boolean }) {
  return (
    <details className="card more" open={open}>
      <summary>How you're both feeling</summary>
      <div className="stack details-body">
        <CheckInPair checkIns={checkIns} names={names} />
      </div>
    </details>
  );
}

/** Rounds already finished this session: understood, or carried to the recap as unclear. */
export function EarlierRounds({ rounds, names }: { rounds: ShareSession["record"]["rounds"]; names: Names }) {
  if (rounds.length === 0) return null;
  return (
    <details className="card more">
      <summary>Earlier rounds ({rounds.length})</summary>
      <ol className="stack details-body rounds">
        {rounds.map((round, i) => {
          const last = round.attempts.at(-1);
          const listener = round.speaker === "partnerA" ? "partnerB" : "partnerA";
          return (
            <li key={i} className="stack-tight">
              <StatementCard statement={round.statement} speaker={round.speaker} names={names} />
              {last ? <ReflectionCard reflection={last.reflection} listener={listener} names={names} /> : null}
              <p className="outcome">
                {round.outcome === "understood" ? `${names[round.speaker]} felt understood.` : "Still unclear: it goes into the recap."}
              </p>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
