import { refusal, type ActionAck, type DeleteRoomAck, type HistoryAck, type NoteAck, type ReissueAck } from "@repair-room/protocol";
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
  /** The room's sessions with their stored recaps. */
  history: () => Promise<HistoryAck>;
  /** A new link for this seat; the page's address becomes the new link, without reconnecting. */
  reissueLink: () => Promise<ReissueAck>;
  /** Partners: erase the room, confirmed with its topic. */
  deleteRoom: (confirmTopic: string) => Promise<DeleteRoomAck>;
}

/**
 * The room screens' one handle on the server: a live `RoomView` and `act`. The connection
 * lives exactly as long as the component (and restarts for another room or link).
 */
export function useRoom(roomId: string, token: string): UseRoom {
  const [view, setView] = useState<RoomView>(initialRoomView);
  const connection = useRef<RoomConnection | null>(null);
  // After a re-issue the address holds the new token, which the live connection already
  // uses: that change must not restart it. Any other token is another seat's link.
  const reissued = useRef<{ from: string; to: string } | null>(null);
  const seatToken = reissued.current?.to === token ? reissued.current.from : token;

  useEffect(() => {
    setView(initialRoomView);
    const c = new RoomConnection({ roomId, token, onChange: setView });
    connection.current = c;
    c.start();
    return () => {
      c.close();
      if (connection.current === c) connection.current = null;
    };
    // Keyed by the seat, not the token; it starts with the address's current token.
  }, [roomId, seatToken]);

  const act = useCallback((intent: IntentBody, onAnswer?: (ack: ActionAck) => void) => {
    connection.current?.act(intent, onAnswer);
  }, []);
  const typing = useCallback(() => connection.current?.typing(), []);
  const stopTyping = useCallback(() => connection.current?.stopTyping(), []);
  const addNote = useCallback(
    (text: string): Promise<NoteAck> => connection.current?.addNote(text) ?? Promise.resolve(refusal("unavailable")),
    [],
  );

  const history = useCallback(
    (): Promise<HistoryAck> => connection.current?.history() ?? Promise.resolve(refusal("unavailable")),
    [],
  );
  const reissueLink = useCallback(async (): Promise<ReissueAck> => {
    const ack = (await connection.current?.reissueLink()) ?? refusal("unavailable");
    if (ack.ok) {
      const url = new URL(ack.link);
      reissued.current = { from: seatToken, to: url.hash.slice(1) };
      // Replace, not push: "Back" must never lead to the dead link.
      window.history.replaceState(null, "", `${window.location.pathname}${url.hash}`);
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    }
    return ack;
  }, [seatToken]);
  const deleteRoom = useCallback(
    (confirmTopic: string): Promise<DeleteRoomAck> =>
      connection.current?.deleteRoom(confirmTopic) ?? Promise.resolve(refusal("unavailable")),
    [],
  );

  return { ...view, roomId, act, typing, stopTyping, addNote, history, reissueLink, deleteRoom };
}
