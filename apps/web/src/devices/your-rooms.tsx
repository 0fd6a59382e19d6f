import { useEffect, useState } from "react";
import { roomPath } from "../router";
import { Link } from "../ui/link";
import { useNow } from "../ui/use-now";
import { clearDraftsOfUnlistedSeat } from "./forget-room-here";
import { exactTime, relativeTime } from "./relative-time";
import { forgetSeat, rememberRoom, seatLabel, withWhom, type DeviceRoom } from "./rooms-on-this-device";
import { useRoomsOnThisDevice } from "./use-rooms-on-this-device";

/**
 * The start page's list of rooms this device has joined: one tap opens each; "Remove"
 * forgets it here only, with an undo that stays until the person moves on (no timer to beat).
 * Once the undo is gone (another removal, leaving the page, closing the tab) the seat's
 * unsent drafts go too.
 */
export function YourRooms() {
  const rooms = useRoomsOnThisDevice();
  const [removed, setRemoved] = useState<DeviceRoom | null>(null);
  const [focusOn, setFocusOn] = useState<string | null>(null);
  const now = useNow(60_000);
  useForgetDraftsOnceFinal(removed);

  // After a removal the button pressed is gone: focus the undo; after an undo, the room again.
  useEffect(() => {
    if (!focusOn) return;
    document.getElementById(focusOn)?.focus();
    setFocusOn(null);
  }, [focusOn, rooms]);

  if (rooms.length === 0 && !removed) return null;

  const remove = (room: DeviceRoom) => {
    if (forgetSeat(room.roomId, room.role)) {
      setRemoved(room);
      setFocusOn("undo-remove");
    }
  };
  const undo = () => {
    if (!removed) return;
    rememberRoom(removed);
    setFocusOn(openId(removed));
    setRemoved(null);
  };

  return (
    <section className="stack your-rooms" aria-labelledby="your-rooms-heading">
      <h2 id="your-rooms-heading">Your rooms on this device</h2>
      {removed ? (
        <div className="card removed-note" role="status">
          <p>
            “{removed.topic}” is no longer listed on this device. The room itself is still there.
          </p>
          <button id="undo-remove" type="button" className="button secondary" onClick={undo}>
            Undo
          </button>
        </div>
      ) : null}
      {rooms.length > 0 ? (
        <ul className="device-rooms" role="list">
          {rooms.map((room) => (
            <li key={`${room.roomId}:${room.role}`} className="card device-room" data-testid="device-room">
              <h3 className="device-room-topic">{room.topic}</h3>
              <p className="device-room-seat">
                {seatLabel(room)} <span className="muted">· {withWhom(room)}</span>
              </p>
              <p className="muted">
                Last activity{" "}
                <time dateTime={new Date(room.lastActivityAt).toISOString()} title={exactTime(room.lastActivityAt)}>
                  {relativeTime(room.lastActivityAt, now)}
                  <span className="visually-hidden"> ({exactTime(room.lastActivityAt)})</span>
                </time>
              </p>
              <div className="device-room-actions">
                <Link to={roomPath(room.roomId, { kind: "live" }, room.token)} className="button primary" id={openId(room)}>
                  Open<span className="visually-hidden"> “{room.topic}”</span>
                </Link>
                <button type="button" className="button quiet" onClick={() => remove(room)}>
                  Remove<span className="visually-hidden"> “{room.topic}” from this device</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="muted device-note">
        This list is kept only on this device, in this browser. It isn't sent anywhere. Anyone who uses this device can
        open these rooms, so remove a room when you no longer need it here.
      </p>
    </section>
  );
}

/** The removal shown with "Undo" becomes final when it is replaced, the list leaves, or the page does. */
function useForgetDraftsOnceFinal(removed: DeviceRoom | null): void {
  useEffect(() => {
    if (!removed) return;
    const final = () => clearDraftsOfUnlistedSeat(removed.roomId, removed.role);
    window.addEventListener("pagehide", final);
    return () => {
      window.removeEventListener("pagehide", final);
      // An undo re-lists the seat first, so this keeps its drafts.
      final();
    };
  }, [removed]);
}

const openId = (room: DeviceRoom) => `open-${room.roomId}-${room.role}`;
