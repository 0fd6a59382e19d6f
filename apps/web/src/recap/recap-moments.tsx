import type { Recap, RecapTimelineEntry } from "@repair-room/protocol";
import { useEffect, useRef, type RefObject } from "react";
import { momentIn } from "./recap-format";
import { pauseLines, recapHeadings as h } from "./recap-text";

/** Pauses (who, when, how long) and times the session paused for now (when only). */
export function RecapPauses({ recap }: { recap: Recap }) {
  const lines = pauseLines(recap);
  if (lines.length === 0) return null;
  return (
    <section className="card stack-tight" aria-labelledby="recap-pauses">
      <h3 id="recap-pauses">{h.pauses}</h3>
      <ul role="list" className="stack-tight plain-list">
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The session's timeline as it was stored in words when it closed: it reads the same years
 * later, whatever the events' shapes become. Folded away on screen (it is long); opened for
 * printing, so paper and PDFs keep it (the print CSS opens it too, where `beforeprint` is not
 * sent, as when a PDF is made without a print dialog).
 */
export function RecapTimeline({ recap, timeline }: { recap: Recap; timeline: readonly RecapTimelineEntry[] }) {
  const details = useOpenWhilePrinting();
  if (timeline.length === 0) return null;
  return (
    <details ref={details} className="card more recap-timeline">
      <summary>
        {h.timeline} ({timeline.length})
      </summary>
      <ol className="recap-timeline-list details-body" data-testid="recap-timeline">
        {timeline.map((entry) => (
          <li key={entry.seq}>
            <time dateTime={new Date(entry.at).toISOString()}>{momentIn(entry.at, recap.openedAt)}</time>
            <span>{entry.text}</span>
          </li>
        ))}
      </ol>
    </details>
  );
}

/** Opens a `<details>` for the print and gives it back as it was afterwards. */
function useOpenWhilePrinting(): RefObject<HTMLDetailsElement | null> {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    let wasOpen = false;
    const before = () => {
      if (!ref.current) return;
      wasOpen = ref.current.open;
      ref.current.open = true;
    };
    const after = () => {
      if (ref.current) ref.current.open = wasOpen;
    };
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  return ref;
}
