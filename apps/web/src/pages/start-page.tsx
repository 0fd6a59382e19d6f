import type { CreatedRoom, PartnerRole } from "@repair-room/protocol";
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
          <CreateRoomForm onCreated={(room, names) => onCreated({ room, names })} />
        </>
      )}
    </main>
  );
}
