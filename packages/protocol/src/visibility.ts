import type { RoomEvent } from "./events.js";
import type { Role } from "./roles.js";
import { assertNever } from "./state.js";

/**
 * What `role` may receive of `event`: the one place privacy is decided. The server sends
 * only this. Every seat receives every seq (so its timeline has no holes); hidden input is
 * redacted here, keeping only that it happened, until it is revealed.
 */
export function visibleTo(role: Role, event: RoomEvent): RoomEvent {
  void role;
  switch (event.type) {
    case "room.created":
    case "session.opened":
    case "lobby.ready":
    case "phase.started":
      return event;
    default:
      return assertNever(event);
  }
}
