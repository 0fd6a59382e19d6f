import type { ErrorCode, Refusal } from "@repair-room/protocol";
import { Link } from "../ui/link";

/**
 * What to say when a link is turned away for good, by the room's reason. A room deleted while
 * someone was away reaches them as `unknown_room`, so that wording blames no one: the room may
 * have been deleted, or the link cut short on its way.
 */
const closings: Partial<Record<ErrorCode, { title: string; message?: string; after: string }>> = {
  room_deleted: {
    title: "This room is no longer here",
    after: "If you'd still like to talk things through, you can start a new room together.",
  },
  unknown_room: {
    title: "This room isn't here any more",
    message: "It may have been deleted, or the link may be incomplete.",
    after: "If someone sent you the link, they can send it again. Or, if you'd like, you can start a new room together.",
  },
  link_revoked: {
    title: "This link has been replaced",
    after: "If you asked for a new link on another phone or computer, open that one instead.",
  },
};

/** The link was turned away (or the page is out of date): say why, plainly, and stop. */
export function RoomClosedOff({ status, refusal }: { status: "refused" | "outdated"; refusal: Refusal | null }) {
  if (status === "outdated") {
    return (
      <main id="main" className="page" tabIndex={-1}>
        <p className="brand">Repair Room</p>
        <h1>This page needs a refresh</h1>
        <p>Repair Room was updated while this page was open. Reload it to carry on; nothing is lost.</p>
        <button type="button" className="button primary wide" onClick={() => window.location.reload()}>
          Reload
        </button>
      </main>
    );
  }
  const closing = refusal ? closings[refusal.code] : undefined;
  return (
    <main id="main" className="page" tabIndex={-1}>
      <p className="brand">Repair Room</p>
      <h1>{closing?.title ?? "This link can't open the room"}</h1>
      <p className="refusal" role="alert">
        {closing?.message ?? refusal?.message ?? "This link isn't complete or isn't right."}
      </p>
      <p className="muted">{closing?.after ?? "If someone sent it to you, ask them to send the whole link again."}</p>
      <p>
        <Link to="/">Go to the start page</Link>
      </p>
    </main>
  );
}

/** Shown to the partner who deleted the room, once the room has confirmed it. */
export function RoomDeletedPage() {
  return (
    <main id="main" className="page" tabIndex={-1} data-testid="room-deleted">
      <p className="brand">Repair Room</p>
      <h1>The room is deleted</h1>
      <p role="status">Nothing of it is kept.</p>
      <p className="muted">
        Its sessions, recaps and notes are erased, and it is no longer listed on this device. Anyone who still had it open
        has been told it's gone.
      </p>
      <p>
        <Link to="/">Go to the start page</Link>
      </p>
    </main>
  );
}
