import { RecapAgreements } from "./recap-agreements";
import { dayOf } from "./recap-format";
import { RecapPauses, RecapTimeline } from "./recap-moments";
import { RecapStory } from "./recap-story";
import type { RecapToKeep } from "./recap-text";

/**
 * A closed session's recap, rendered from the recap alone, the same for every seat: on the
 * Closed screen (from the closing event) and on the recap page (from the stored row, with its
 * timeline). Nothing here reads the live room.
 */
export function RecapView({ recap }: { recap: RecapToKeep }) {
  return (
    <article className="recap stack" aria-labelledby="recap-heading" data-testid="recap">
      <header className="stack-tight">
        <h2 id="recap-heading" tabIndex={-1}>
          Your recap
        </h2>
        <p className="muted">
          {recap.topic} · {recap.kind === "followUp" ? "follow-up " : ""}session {recap.ordinal} · {dayOf(recap.closedAt)}
        </p>
      </header>
      <RecapAgreements recap={recap} />
      <RecapStory recap={recap} />
      <RecapPauses recap={recap} />
      {recap.timeline ? <RecapTimeline recap={recap} timeline={recap.timeline} /> : null}
    </article>
  );
}
