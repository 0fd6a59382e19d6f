import type { ObserverNote, StoredRecap } from "@repair-room/protocol";
import { printPage } from "../print-address";
import { downloadFile } from "./download";
import { recapFileName } from "./file-names";
import { recapToMarkdown } from "./recap-markdown";

/**
 * Downloading and printing, both made on this device from the stored recap. A coach chooses
 * whether their private notes go with it: only when ticked, as a copy may be passed on or
 * left on a shared printer.
 */
export function KeepACopy({
  recap,
  notes,
  withNotes,
  onWithNotes,
}: {
  recap: StoredRecap;
  /** The coach's notes on an observer seat; null on a partner's. */
  notes: readonly ObserverNote[] | null;
  withNotes: boolean;
  onWithNotes: (value: boolean) => void;
}) {
  const download = () => {
    const markdown = recapToMarkdown(recap, withNotes && notes ? { notes } : {});
    downloadFile(recapFileName(recap), markdown, "text/markdown;charset=utf-8");
  };
  return (
    <section className="card stack no-print" aria-labelledby="keep-heading">
      <h2 id="keep-heading">Keep a copy</h2>
      <p>Save this recap where you'll both find it again. The copy is made here, on your device: nothing is sent anywhere.</p>
      {notes && notes.length > 0 ? (
        <label className="check-row" htmlFor="with-notes">
          <input id="with-notes" type="checkbox" checked={withNotes} onChange={(event) => onWithNotes(event.target.checked)} />
          <span>Include my private notes in the download and the print</span>
        </label>
      ) : null}
      <div className="stack-tight">
        <button type="button" className="button primary wide" onClick={download}>
          Download the recap
        </button>
        <p className="muted">A text file (Markdown) that opens in any notes app.</p>
      </div>
      <button type="button" className="button secondary wide" onClick={printPage}>
        Print or save as PDF
      </button>
    </section>
  );
}
