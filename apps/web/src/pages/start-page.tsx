import type { CreatedRoom, PartnerRole } from "@repair-room/protocol";
import { YourRooms } from "../devices/your-rooms";
import { useRoomsOnThisDevice } from "../devices/use-rooms-on-this-device";
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
          <CreateRoomForm onCreated={(room, names) => onCreated({ room, names })} />
        </>
      )}
    </main>
  );
}
