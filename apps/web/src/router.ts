import { useSyncExternalStore } from "react";

/**
 * A tiny router on the History API: two routes do not need a library (and react-router 8
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

// A string snapshot keeps useSyncExternalStore's equality check trivial.
const snapshot = () => `${window.location.pathname}#${window.location.hash.slice(1)}`;

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
  window.history.pushState(null, "", url.pathname + url.search + url.hash);
  window.dispatchEvent(new Event(changeEvent));
  window.scrollTo(0, 0);
}

export type Route = { page: "start" } | { page: "room"; roomId: string } | { page: "notFound" };

export function matchRoute(pathname: string): Route {
  if (pathname === "/" || pathname === "") return { page: "start" };
  const room = /^\/r\/([^/]+)\/?$/.exec(pathname);
  if (room?.[1]) return { page: "room", roomId: decodeURIComponent(room[1]) };
  return { page: "notFound" };
}
