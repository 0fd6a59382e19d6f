import { observerNoteInputSchema, textLimits } from "@repair-room/protocol";
import { useState, type FormEvent } from "react";
import type { UseRoom } from "../connection/use-room";
import { useDraft } from "../devices/drafts";
import { TextAreaField } from "../ui/text-area-field";
import { check } from "./form-errors";

const clock = (at: number) => new Date(at).toLocaleString(undefined, { weekday: "short", hour: "2-digit", minute: "2-digit" });

/** A coach's private notes: only seats on the observer link ever receive them. */
export function ObserverNotes({ room }: { room: UseRoom }) {
  const [text, setText, clear] = useDraft(room, "notes", "");
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const names = room.timeline.state.names;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const result = check(observerNoteInputSchema, { text });
    if (!result.ok) return setMessage({ error: true, text: result.errors.text ?? "Please write a note." });
    setBusy(true);
    const ack = await room.addNote(result.data.text);
    setBusy(false);
    if (ack.ok) {
      clear();
      setMessage({ error: false, text: "Note kept." });
    } else {
      setMessage({ error: true, text: ack.message });
    }
  };

  return (
    <section className="card stack notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Your private notes</h2>
      <p className="muted">
        Only people on the coach's link see these. {names.partnerA} and {names.partnerB} never do.
      </p>
      {room.notes.length > 0 ? (
        <ol className="stack-tight notes-list" aria-label="Notes so far">
          {room.notes.map((note) => (
            <li key={note.id} className="note">
              <span className="note-when">
                Session {note.sessionOrdinal}, {clock(note.at)}
              </span>
              <span className="prewrap">{note.text}</span>
            </li>
          ))}
        </ol>
      ) : null}
      <form className="stack" onSubmit={(e) => void submit(e)} noValidate aria-label="Add a private note">
        <TextAreaField
          id="observer-note"
          label="New note"
          value={text}
          onChange={(value) => {
            setText(value);
            if (message) setMessage(null);
          }}
          maxLength={textLimits.observerNote}
          error={message?.error ? message.text : undefined}
        />
        <button type="submit" className="button secondary wide" aria-disabled={busy || undefined}>
          {busy ? "Keeping it…" : "Keep this note"}
        </button>
        <p className="muted" role="status">
          {message && !message.error ? message.text : ""}
        </p>
      </form>
    </section>
  );
}
