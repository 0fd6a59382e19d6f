import type { CreatedRoom, PartnerRole } from "@repair-room/protocol";
import { YourRooms } from "../devices/your-rooms";
import { useRoomsOnThisDevice } from "../devices/use-rooms-on-this-device";
import { canSeal } from "../api";
import { CreateRoomForm } from "./create-room-form";
import { RoomLinks } from "./room-links";

export interface CreatedForPage {
  room: CreatedRoom;
  names: Record<PartnerRole, string>;
}

export interface StartPageProps {
  created: CreatedForPage | null;
  onCreated: (created: CreatedForPage) => void;
}

export function StartPage({ created, onCreated }: StartPageProps) {
  // With rooms listed, the form gets a heading of its own so the page reads in two parts.
  const hasRooms = useRoomsOnThisDevice().length > 0;
  return (
    <main id="main" className="page" tabIndex={-1}>
      <p className="brand">Repair Room</p>
      {created ? (
        <RoomLinks room={created.room} names={created.names} />
      ) : (
        <>
          <h1>Talk it through, together</h1>
          <p className="lead">
            When something between you came out wrong, this room guides you both, step by step and each on your own
            screen, to understand each other again.
          </p>
          <YourRooms />
          {hasRooms ? <h2 className="start-new-heading">Start a new room</h2> : null}
          {canSeal() ? <CreateRoomForm onCreated={(room, names) => onCreated({ room, names })} /> : <CannotSealHere />}
        </>
      )}
    </main>
  );
}

/**
 * Served over plain HTTP to another address, the browser keeps WebCrypto from the page, and a
 * room's words could not be sealed on this device: say so instead of failing on the button.
 */
function CannotSealHere() {
  return (
    <section className="card stack" aria-labelledby="cannot-seal">
      <h2 id="cannot-seal">A room can't be made from this address</h2>
      <p>
        What you write here is sealed on your device, so that only the people in the room can read it. Browsers allow that only
        on a secure address (one that starts with <span className="nowrap">“https://”</span>) or on this computer itself
        (<span className="nowrap">“localhost”</span>).
      </p>
      <p>Please open this page through its https:// address. Whoever runs it can find how in the README, under “Let a partner elsewhere join”.</p>
    </section>
  );
}
