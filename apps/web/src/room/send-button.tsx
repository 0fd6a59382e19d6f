import type { IntentType } from "@repair-room/protocol";
import type { UseRoom } from "../connection/use-room";
import { InDock } from "./action-dock";

/** True while an intent of one of these types waits for the room's answer. */
export function isSending(room: UseRoom, ...types: IntentType[]): boolean {
  return room.outbox.some((intent) => types.includes(intent.type));
}

/**
 * A screen's action. While its intent is on the way it says so and ignores more presses (a
 * press that got through anyway is the same action: the outbox takes it once); why it still
 * waits, offline or the room slow, is the one calm line beside the dock (`WaitingNote`). The
 * primary one, the thing to do next, goes to the action dock, always on screen; a submit
 * button there names its form.
 */
export function SendButton({
  room,
  types,
  label,
  onPress,
  kind = "primary",
  type = "button",
  form,
  disabled = false,
  showRefusal = true,
}: {
  room: UseRoom;
  types: IntentType[];
  label: string;
  onPress?: () => void;
  kind?: "primary" | "secondary";
  type?: "button" | "submit";
  /** The id of the form a submit button sends, needed once the button is in the dock. */
  form?: string;
  /** While the room is paused: the words stay, nothing is sent. */
  disabled?: boolean;
  /** Off when another button for the same intent already shows the room's answer. */
  showRefusal?: boolean;
}) {
  const sending = isSending(room, ...types);
  const button = (
    <div className="send">
      <button
        type={type}
        form={form}
        disabled={disabled}
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
      {showRefusal ? <RefusalNote room={room} types={types} /> : null}
    </div>
  );
  return kind === "primary" ? <InDock>{button}</InDock> : button;
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
