import { useCallback, useEffect, useRef, useState } from "react";
import { initialRoomView, RoomConnection, type IntentBody, type RoomView } from "./room-connection";

export interface UseRoom extends RoomView {
  /** Send an intent; it is kept and re-sent (same actionId) until the room answers. */
  act: (intent: IntentBody) => void;
}

/**
 * The room screens' one handle on the server: a live `RoomView` and `act`. The connection
 * lives exactly as long as the component (and restarts for another room or link).
 */
export function useRoom(roomId: string, token: string): UseRoom {
  const [view, setView] = useState<RoomView>(initialRoomView);
  const connection = useRef<RoomConnection | null>(null);

  useEffect(() => {
    setView(initialRoomView);
    const c = new RoomConnection({ roomId, token, onChange: setView });
    connection.current = c;
    c.start();
    return () => {
      c.close();
      if (connection.current === c) connection.current = null;
    };
  }, [roomId, token]);

  const act = useCallback((intent: IntentBody) => {
    connection.current?.act(intent);
  }, []);

  return { ...view, act };
}
