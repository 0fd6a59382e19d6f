import { assertNever } from "@repair-room/protocol";
import { useEffect, useRef, useState } from "react";
import { NotFoundPage } from "./pages/not-found-page";
import { RoomPage } from "./pages/room-page";
import { StartPage, type CreatedForPage } from "./pages/start-page";
import { usePrintWithoutKey } from "./print-address";
import { matchRoute, useLocation } from "./router";

export function App() {
  const location = useLocation();
  const route = matchRoute(location.pathname);
  // Kept here, in memory only, so "Back" from your own room still shows the other links.
  const [created, setCreated] = useState<CreatedForPage | null>(null);
  useFocusMainOnNavigation(location.pathname);
  // Whatever prints (a recap, a link page, the browser's own menu): never the seat's key.
  usePrintWithoutKey();

  switch (route.page) {
    case "start":
      return <StartPage created={created} onCreated={setCreated} />;
    case "room":
      // One page per room, whichever place in it: moving between the session, the room's home
      // and a recap keeps the connection. Another seat's link restarts it (see useRoom).
      return <RoomPage key={route.roomId} roomId={route.roomId} token={location.hash} place={route.place} />;
    case "notFound":
      return <NotFoundPage />;
    default:
      return assertNever(route);
  }
}

/** After a navigation, start screen readers and keyboards at the top of the new page. */
function useFocusMainOnNavigation(pathname: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById("main")?.focus();
  }, [pathname]);
}
