import { refusal, type ActionAck, type NoteAck } from "@repair-room/protocol";
import { useCallback, useEffect, useRef, useState } from "react";
import { initialRoomView, RoomConnection, type IntentBody, type RoomView } from "./room-connection";

export interface UseRoom extends RoomView {
  roomId: string;
  /** Send an intent; it is kept and re-sent (same actionId) until the room answers. */
  act: (intent: IntentBody, onAnswer?: (ack: ActionAck) => void) => void;
  /** This partner is writing (call on every keystroke; the connection keeps it quiet). */
  typing: () => void;
  stopTyping: () => void;
  /** Observer seats: keep a private note. */
  addNote: (text: string) => Promise<NoteAck>;
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

  const act = useCallback((intent: IntentBody, onAnswer?: (ack: ActionAck) => void) => {
    connection.current?.act(intent, onAnswer);
  }, []);
  const typing = useCallback(() => connection.current?.typing(), []);
  const stopTyping = useCallback(() => connection.current?.stopTyping(), []);
  const addNote = useCallback(
    (text: string): Promise<NoteAck> => connection.current?.addNote(text) ?? Promise.resolve(refusal("unavailable")),
    [],
  );

  return { ...view, roomId, act, typing, stopTyping, addNote };
}
