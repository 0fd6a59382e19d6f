import { createContext, useContext, type ReactNode } from "react";
import { createPortal } from "react-dom";

/**
 * The bar just above "Pause / I need to stop" that holds the one thing this person should do
 * next, so it is on screen on a small phone whatever scrolls above it. A screen puts its
 * main action here with `InDock`; everything else stays where it is, styled more quietly.
 */
const DockContext = createContext<HTMLElement | null>(null);

export const ActionDockProvider = DockContext.Provider;

/** Renders `children` in the room's action dock, or in place where there is none (recap, home). */
export function InDock({ children }: { children: ReactNode }) {
  const dock = useContext(DockContext);
  return dock ? createPortal(children, dock) : <>{children}</>;
}
