import { useEffect, useRef, type ReactNode } from "react";

/**
 * A modal that asks nothing of anyone: it takes focus when it opens (its heading, so a
 * screen reader starts there) and gives it back when it closes. The page behind it is made
 * `inert` by its owner, so Tab stays inside.
 */
export function CalmDialog({
  title,
  titleId,
  describedBy,
  returnFocusTo,
  children,
}: {
  title: string;
  titleId: string;
  describedBy?: string;
  /** Where focus was before (locking the page may already have blurred it). */
  returnFocusTo?: () => Element | null;
  children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const before = returnFocusTo?.() ?? document.activeElement;
    heading.current?.focus();
    return () => {
      // Back to where the person was (a half-written answer, say) once it is usable again.
      requestAnimationFrame(() => {
        if (before instanceof HTMLElement && before.isConnected && !before.closest("[inert]")) before.focus();
        else document.getElementById("main")?.focus();
      });
    };
    // Once per opening: a later `returnFocusTo` closure must not move focus again.
  }, []);
  return (
    <div className="overlay">
      <div className="overlay-card stack" role="dialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={describedBy}>
        <h2 id={titleId} ref={heading} tabIndex={-1} className="overlay-title">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
