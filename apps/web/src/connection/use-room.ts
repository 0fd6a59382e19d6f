import { refusal, type ActionAck, type DeleteRoomAck, type HistoryAck, type NoteAck, type ReissueAck } from "@repair-room/protocol";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { replaceToken } from "../router";
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
  /**
   * A new link for this seat; `token`, then the page's address, become the new link, without
   * reconnecting.
   */
  reissueLink: () => Promise<ReissueAck>;
  /** Partners: erase the room, confirmed with its topic. */
  deleteRoom: (confirmTopic: string) => Promise<DeleteRoomAck>;
}

/**
 * The room screens' one handle on the server: a live `RoomView` and `act`. The connection
 * lives exactly as long as the component (and restarts for another room or seat).
 *
 * The connection's token (`token`) is the seat's link; the address only follows it. An
 * address showing a token this connection held before (an older entry after "Back", or the
 * old link after a re-issue) is put right in place; a token it never held is another seat's
 * link, and starts a new connection with it.
 */
export function useRoom(roomId: string, addressToken: string): UseRoom {
  const connection = useRef<RoomConnection | null>(null);
  const [seatToken, setSeatToken] = useState(addressToken);
  // Reading the ref while rendering is deliberate: whether a token is this seat's is known only
  // to the live connection, and deciding it here keeps a restart to one render.
  if (addressToken !== seatToken && addressToken !== "" && !connection.current?.hasHeld(addressToken)) setSeatToken(addressToken);

  // Each view is tagged with the seat it came from, so a restart never shows the last seat's.
  const [held, setHeld] = useState<{ seat: string; view: RoomView }>(() => ({ seat: seatToken, view: { ...initialRoomView, token: seatToken } }));
  const view = useMemo(() => (held.seat === seatToken ? held.view : { ...initialRoomView, token: seatToken }), [held, seatToken]);

  useEffect(() => {
    const c = new RoomConnection({ roomId, token: seatToken, onChange: (next) => setHeld({ seat: seatToken, view: next }) });
    connection.current = c;
    c.start();
    return () => {
      c.close();
      if (connection.current === c) connection.current = null;
    };
  }, [roomId, seatToken]);

  // The address shows an older token of this seat: replace it (no new history entry) with
  // the current one, so a reload, a bookmark or a copied address keeps the seat.
  useEffect(() => {
    const c = connection.current;
    if (!c || addressToken === c.currentToken || !c.hasHeld(addressToken)) return;
    replaceToken(c.currentToken);
  }, [addressToken, view.token]);

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
  const reissueLink = useCallback(
    (): Promise<ReissueAck> => connection.current?.reissueLink() ?? Promise.resolve(refusal("unavailable")),
    [],
  );
  const deleteRoom = useCallback(
    (confirmTopic: string): Promise<DeleteRoomAck> =>
      connection.current?.deleteRoom(confirmTopic) ?? Promise.resolve(refusal("unavailable")),
    [],
  );

  return { ...view, roomId, act, typing, stopTyping, addNote, history, reissueLink, deleteRoom };
}
