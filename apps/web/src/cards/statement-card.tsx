import type { PartnerRole, StatementContent } from "@repair-room/protocol";

type Names = Record<PartnerRole, string>;

/** What the speaker said, in their own prompts' words. */
export function StatementCard({ statement, speaker, names }: { statement: StatementContent; speaker: PartnerRole; names: Names }) {
  return (
    <figure className="said">
      <figcaption className="said-who">{names[speaker]} said</figcaption>
      <dl className="said-parts">
        <dt>What happened for me…</dt>
        <dd>{statement.happened}</dd>
        <dt>I felt…</dt>
        <dd>{statement.felt}</dd>
        {statement.needed ? (
          <>
            <dt>I needed…</dt>
            <dd>{statement.needed}</dd>
          </>
        ) : null}
      </dl>
    </figure>
  );
}
