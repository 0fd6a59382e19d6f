import type { Refusal } from "@repair-room/protocol";
import { Link } from "../ui/link";

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
  return (
    <main id="main" className="page" tabIndex={-1}>
      <p className="brand">Repair Room</p>
      <h1>This link can't open the room</h1>
      <p className="refusal" role="alert">
        {refusal?.message ?? "This link isn't complete or isn't right."}
      </p>
      <p className="muted">If someone sent it to you, ask them to send the whole link again.</p>
      <p>
        <Link to="/">Or start a new room</Link>
      </p>
    </main>
  );
}
