import type { IntentType } from "@repair-room/protocol";
import type { UseRoom } from "../connection/use-room";

/** True while an intent of one of these types waits for the room's answer. */
export function isSending(room: UseRoom, ...types: IntentType[]): boolean {
  return room.outbox.some((intent) => types.includes(intent.type));
}

/**
 * A screen's main action. While its intent is on the way it says so (and ignores more
 * presses); offline, it says the intent will go once the line is back.
 */
export function SendButton({
  room,
  types,
  label,
  onPress,
  kind = "primary",
  type = "button",
  showRefusal = true,
}: {
  room: UseRoom;
  types: IntentType[];
  label: string;
  onPress?: () => void;
  kind?: "primary" | "secondary";
  type?: "button" | "submit";
  /** Off when another button for the same intent already shows the room's answer. */
  showRefusal?: boolean;
}) {
  const sending = isSending(room, ...types);
  return (
    <div className="send">
      <button
        type={type}
        className={`button ${kind} wide`}
        aria-disabled={sending || undefined}
        onClick={(event) => {
          if (sending) {
            event.preventDefault();
            return;
          }
          onPress?.();
        }}
      >
        {sending ? "Sending…" : label}
      </button>
      {sending && room.status !== "open" ? (
        <p className="muted" role="status">
          We'll send this as soon as you're connected again.
        </p>
      ) : null}
      {showRefusal ? <RefusalNote room={room} types={types} /> : null}
    </div>
  );
}

/** The room's plain-words answer to a refused action, beside the control that sent it. */
export function RefusalNote({ room, types }: { room: UseRoom; types: IntentType[] }) {
  const error = room.actionError;
  if (!error || !types.includes(error.intentType)) return null;
  return (
    <p className="form-error" role="alert">
      {error.message}
    </p>
  );
}
