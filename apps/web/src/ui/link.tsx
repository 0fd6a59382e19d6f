import type { MouseEvent, ReactNode } from "react";
import { navigate } from "../router";

/** An in-app link: a real <a href> (so it can be opened elsewhere) that navigates without a reload. */
export function Link({ to, children, className, id }: { to: string; children: ReactNode; className?: string; id?: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={onClick} className={className} id={id}>
      {children}
    </a>
  );
}
