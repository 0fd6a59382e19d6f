import type { Waiting } from "../connection/room-connection";
import type { UseRoom } from "../connection/use-room";
import { useNow } from "../ui/use-now";

/** After this long, the note adds that the page can simply be left open. */
const longWaitMs = 60_000;

/**
 * One calm line while an action waits for the room: it goes by itself, nothing is lost, and
 * nothing needs doing again. Never an error, and never a prompt to type anything anew.
 */
export function waitingText(waiting: Waiting, now: number): string {
  const line =
    waiting.reason === "offline"
      ? "We'll send this as soon as you're connected again. Nothing is lost."
      : waiting.reason === "busy"
        ? "Still sending: the room is busy for a moment. This goes by itself shortly, and nothing is lost."
        : "Still sending: the room is slow to answer just now. This goes by itself, and nothing is lost.";
  return now - waiting.since >= longWaitMs ? `${line} You can leave this page open: it keeps trying.` : line;
}

/**
 * Where the line shows, near the action that waits. The status region is always there (empty
 * while nothing waits), so a screen reader hears the line when it appears.
 */
export function WaitingNote({ room }: { room: Pick<UseRoom, "waiting"> }) {
  const { waiting } = room;
  const now = useNow(5_000, waiting !== null);
  return (
    <div className="waiting-slot no-print" role="status" data-testid="waiting-note">
      {waiting ? <p className="waiting-note">{waitingText(waiting, now)}</p> : null}
    </div>
  );
}
