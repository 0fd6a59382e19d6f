import { useEffect } from "react";
import { holdLocation } from "./router";

/**
 * Browsers print the page's address in the default header or footer, and in a room the
 * address ends with the seat's key (`#token`). While printing, the address is the path alone;
 * it is put back afterwards. The pages keep seeing the address as it was (`holdLocation`), so
 * nothing re-renders as if the key were missing.
 */

let restore: (() => void) | null = null;

/** Take the fragment out of the address (without a new history entry or a router event). */
export function hideKeyFromAddress(): void {
  if (restore || !window.location.hash) return;
  const { pathname, search, hash } = window.location;
  const release = holdLocation();
  window.history.replaceState(window.history.state, "", `${pathname}${search}`);
  restore = () => {
    // Only if nothing moved on meanwhile (a navigation puts its own address in).
    if (window.location.pathname === pathname && window.location.search === search && !window.location.hash) {
      window.history.replaceState(window.history.state, "", `${pathname}${search}${hash}`);
    }
    release();
  };
}

/** Put the fragment back, if it was taken out. */
export function showKeyInAddress(): void {
  const put = restore;
  restore = null;
  put?.();
}

/** Print this page without its key in the printed header (the button that prints calls this). */
export function printPage(): void {
  hideKeyFromAddress();
  // Where print() waits for the dialog, `afterprint` has come by now; where it does not, it
  // comes later, or the next touch or key press (the person is back on the page) puts it back.
  window.print();
}

/** Once, at the app's root: every print, from any page or the browser's menu, leaves the key out. */
export function usePrintWithoutKey(): void {
  useEffect(() => {
    const back = () => showKeyInAddress();
    window.addEventListener("beforeprint", hideKeyFromAddress);
    window.addEventListener("afterprint", back);
    // Some mobile browsers never send `afterprint`: back on the page means printing is over.
    window.addEventListener("pointerdown", back, true);
    window.addEventListener("keydown", back, true);
    window.addEventListener("pagehide", back);
    return () => {
      window.removeEventListener("beforeprint", hideKeyFromAddress);
      window.removeEventListener("afterprint", back);
      window.removeEventListener("pointerdown", back, true);
      window.removeEventListener("keydown", back, true);
      window.removeEventListener("pagehide", back);
      showKeyInAddress();
    };
  }, []);
}
