import type { Refusal, SessionSummary } from "@repair-room/protocol";
import { useCallback, useEffect, useState } from "react";
import type { UseRoom } from "./use-room";

export interface RoomHistory {
  /** The room's sessions, oldest first; null until the first answer. */
  sessions: SessionSummary[] | null;
  /** Why the last request failed, if it did (the sessions shown are then the last ones known). */
  error: Refusal | null;
  reload: () => void;
}

/**
 * The room's sessions and stored recaps, asked for once the room is open and again whenever a
 * session opens or closes, so a recap appears as soon as it is written.
 */
export function useHistory(room: UseRoom): RoomHistory {
  const [sessions, setSessions] = useState<SessionSummary[] | null>(null);
  const [error, setError] = useState<Refusal | null>(null);
  const [asked, setAsked] = useState(0);
  const session = room.timeline.state.session;
  const moment = `${session?.ordinal ?? 0}:${session?.phase === "closed"}`;
  const open = room.status === "open";

  useEffect(() => {
    if (!open) return;
    let current = true;
    void room.history().then((ack) => {
      if (!current) return;
      if (ack.ok) {
        setSessions(ack.sessions);
        setError(null);
      } else setError(ack);
    });
    return () => {
      current = false;
    };
    // `room.history` is stable; what matters is when to ask again.
  }, [open, moment, asked, room.history]);

  const reload = useCallback(() => setAsked((n) => n + 1), []);
  return { sessions, error, reload };
}
