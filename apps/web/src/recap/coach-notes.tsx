import type { ObserverNote, Recap } from "@repair-room/protocol";
import { momentIn } from "./recap-format";
import { recapHeadings as h } from "./recap-text";

/**
 * The coach's private notes on one session, on observer seats only (the server sends them to
 * no other seat). Marked private where they are shown, so a coach sharing a screen sees it.
 */
export function CoachNotes({ recap, notes, printed }: { recap: Recap; notes: readonly ObserverNote[]; printed: boolean }) {
  const { names } = recap;
  return (
    <section className={printed ? "card stack coach-notes" : "card stack coach-notes no-print"} aria-labelledby="coach-notes-heading" data-testid="coach-notes">
      <h2 id="coach-notes-heading">
        {h.notes} <span className="private-tag">Private</span>
      </h2>
      <p className="muted">
        Only coach links see these. {names.partnerA} and {names.partnerB} never do.
      </p>
      {notes.length > 0 ? (
        <ol className="stack-tight notes-list">
          {notes.map((note) => (
            <li key={note.id} className="note">
              <span className="note-when">{momentIn(note.at, recap.openedAt)}</span>
              <span className="prewrap">{note.text}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p>You kept no notes in this session.</p>
      )}
    </section>
  );
}
