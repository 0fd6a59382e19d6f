import { describe, expect, it } from "vitest";
import { matchRoute, roomPath, type RoomPlace } from "./router";

const roomId = "AAAAAAAAAAAAAAAAAAAAAA";
const token = "BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB";

describe("routes", () => {
  it("finds the start page and each place in a room", () => {
    expect(matchRoute("/")).toEqual({ page: "start" });
    expect(matchRoute("")).toEqual({ page: "start" });
    expect(matchRoute(`/r/${roomId}`)).toEqual({ page: "room", roomId, place: { kind: "live" } });
    expect(matchRoute(`/r/${roomId}/`)).toEqual({ page: "room", roomId, place: { kind: "live" } });
    expect(matchRoute(`/r/${roomId}/home`)).toEqual({ page: "room", roomId, place: { kind: "home" } });
    expect(matchRoute(`/r/${roomId}/sessions/3`)).toEqual({ page: "room", roomId, place: { kind: "recap", ordinal: 3 } });
  });

  it("leads anything else to 'not found'", () => {
    for (const path of ["/r", "/r/", `/r/${roomId}/sessions/0`, `/r/${roomId}/sessions/01`, `/r/${roomId}/sessions/x`, `/r/${roomId}/elsewhere`, "/rooms", `/r/${roomId}/home/more`]) {
      expect(matchRoute(path), path).toEqual({ page: "notFound" });
    }
  });

  it("builds each place's path with the token in the fragment, and reads it back", () => {
    const places: RoomPlace[] = [{ kind: "live" }, { kind: "home" }, { kind: "recap", ordinal: 12 }];
    for (const place of places) {
      const path = roomPath(roomId, place, token);
      const [pathname, fragment] = path.split("#");
      expect(fragment).toBe(token);
      expect(pathname).not.toContain(token);
      expect(matchRoute(pathname!)).toEqual({ page: "room", roomId, place });
    }
    expect(roomPath(roomId, { kind: "home" }, token)).toBe(`/r/${roomId}/home#${token}`);
    expect(roomPath(roomId, { kind: "recap", ordinal: 2 }, token)).toBe(`/r/${roomId}/sessions/2#${token}`);
  });

  it("keeps an odd room id intact both ways", () => {
    const odd = "a b/c";
    const [pathname] = roomPath(odd, { kind: "live" }, token).split("#");
    expect(pathname).toBe("/r/a%20b%2Fc");
    expect(matchRoute(pathname!)).toEqual({ page: "room", roomId: odd, place: { kind: "live" } });
  });
});
