import { textLimits } from "@repair-room/protocol";
import { useRef, useState, type FormEvent } from "react";
import type { UseRoom } from "../../connection/use-room";
import { CalmDialog } from "../../ui/calm-dialog";
import { TextField } from "../../ui/text-field";

/** Partners: what deleting means, and the way in to it. The dialog itself sits outside the page (which turns inert). */
export function DeleteRoomSection({ onAsk }: { onAsk: () => void }) {
  return (
    <section className="card stack" aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete this room</h2>
      <p>
        Deleting erases the room for everyone: every session, recap and coach's note in it. Anyone who has it open will
        see that it's gone. It can't be undone.
      </p>
      <button type="button" className="button secondary wide" onClick={onAsk}>
        Delete this room…
      </button>
    </section>
  );
}

/**
 * Confirmed by typing the topic, which the room itself checks: a mismatch is answered with
 * the room's own words. On success the room is gone; `onDeleted` shows the calm page.
 */
export function DeleteRoomDialog({ room, onCancel, onDeleted }: { room: UseRoom; onCancel: () => void; onDeleted: () => void }) {
  const topic = room.timeline.state.topic;
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);

  // Back to the field, where the message is read with it (it is the field's description).
  const refuse = (message: string) => {
    setError(message);
    field.current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!typed.trim()) {
      refuse("Please type the topic to confirm.");
      return;
    }
    setBusy(true);
    const ack = await room.deleteRoom(typed);
    setBusy(false);
    if (ack.ok) onDeleted();
    else refuse(ack.message);
  };

  return (
    <div
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
    >
      <CalmDialog title={`Delete “${topic}”?`} titleId="delete-dialog-title" describedBy="delete-dialog-description">
        <p id="delete-dialog-description">
          Every session, recap and note in this room will be erased, for both partners and the coach. This can't be
          undone.
        </p>
        <form className="stack delete-form" onSubmit={(event) => void submit(event)} noValidate aria-label="Confirm deleting the room">
          <TextField
            id="confirm-topic"
            label="To confirm, type the topic"
            hint={`The topic is: ${topic}`}
            value={typed}
            onChange={(value) => {
              setTyped(value);
              if (error) setError(undefined);
            }}
            maxLength={textLimits.topic + 20}
            error={error}
            ref={field}
          />
          {/* The safe choice comes first, in reading and tab order; Enter in the field still confirms. */}
          <button type="button" className="button secondary wide" onClick={onCancel}>
            Keep the room
          </button>
          <button type="submit" className="button danger wide" aria-disabled={busy || undefined}>
            {busy ? "Deleting…" : "Delete the room for everyone"}
          </button>
        </form>
      </CalmDialog>
    </div>
  );
}
