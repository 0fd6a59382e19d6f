import { useSyncExternalStore } from "react";

/**
 * A tiny router on the History API: a handful of routes do not need a library (and react-router 8
 * needs Node 22). The location is read from `window.location`; `navigate` pushes and tells
 * every subscriber.
 */

const changeEvent = "repair-room:navigate";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener("hashchange", onChange);
  window.addEventListener(changeEvent, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener("hashchange", onChange);
    window.removeEventListener(changeEvent, onChange);
  };
}

export interface Location {
  pathname: string;
  /** The fragment without its "#": for a room, the seat's token. */
  hash: string;
}

const current = () => `${window.location.pathname}#${window.location.hash.slice(1)}`;
/** The location as it was when `holdLocation` was called, while the address bar is borrowed. */
let held: string | null = null;
// A string snapshot keeps useSyncExternalStore's equality check trivial.
const snapshot = () => held ?? current();

/**
 * Keep reporting the location as it is now while the address bar is changed underneath (to
 * print without the seat's key): no page sees an address without its token meanwhile.
 * Returns the release; `navigate` and `replaceToken` release it too.
 */
export function holdLocation(): () => void {
  const mine = current();
  held = mine;
  return () => {
    if (held === mine) held = null;
  };
}

export function useLocation(): Location {
  const value = useSyncExternalStore(subscribe, snapshot);
  const at = value.indexOf("#");
  return { pathname: value.slice(0, at), hash: value.slice(at + 1) };
}

/** Go to a path on this origin (a full URL on this origin is accepted too). */
export function navigate(to: string): void {
  const url = new URL(to, window.location.href);
  if (url.origin !== window.location.origin) {
    window.location.assign(url.href);
    return;
  }
  held = null;
  window.history.pushState(null, "", url.pathname + url.search + url.hash);
  window.dispatchEvent(new Event(changeEvent));
  window.scrollTo(0, 0);
}

/**
 * Put `token` in the address in place of the fragment, without a new history entry: the
 * address follows the seat's current token (after a re-issue, or "Back" to an older entry).
 */
export function replaceToken(token: string): void {
  held = null;
  window.history.replaceState(window.history.state, "", `${window.location.pathname}${window.location.search}#${token}`);
  window.dispatchEvent(new Event(changeEvent));
}

/** Where in a room: the live session, the room's home (sessions, links), or one session's recap. */
export type RoomPlace = { kind: "live" } | { kind: "home" } | { kind: "recap"; ordinal: number };

export type Route = { page: "start" } | { page: "room"; roomId: string; place: RoomPlace } | { page: "notFound" };

export function matchRoute(pathname: string): Route {
  if (pathname === "/" || pathname === "") return { page: "start" };
  const room = /^\/r\/([^/]+)(?:\/(home|sessions\/([1-9][0-9]{0,5})))?\/?$/.exec(pathname);
  if (!room?.[1]) return { page: "notFound" };
  const roomId = decodeURIComponent(room[1]);
  if (room[2] === "home") return { page: "room", roomId, place: { kind: "home" } };
  if (room[3]) return { page: "room", roomId, place: { kind: "recap", ordinal: Number(room[3]) } };
  return { page: "room", roomId, place: { kind: "live" } };
}

/** A place in a room, keeping the seat's token in the fragment (it never reaches the server). */
export function roomPath(roomId: string, place: RoomPlace, token: string): string {
  const base = `/r/${encodeURIComponent(roomId)}`;
  const path = place.kind === "live" ? base : place.kind === "home" ? `${base}/home` : `${base}/sessions/${place.ordinal}`;
  return `${path}#${token}`;
}
