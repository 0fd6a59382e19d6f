import { isPartner, pauseChoices, type Role, type SessionState } from "@repair-room/protocol";
import { useEffect, useRef, useState } from "react";
import type { UseRoom } from "../connection/use-room";
import { RefusalNote } from "./send-button";

/**
 * Always in reach, at the bottom of every screen: the pause signal (with the lengths this deployment offers)
 * and, for partners, a quiet "I need to stop" (one tap, no reason asked) and "continue
 * another time".
 */
export function SafetyBar({ room, role, session }: { room: UseRoom; role: Role; session: SessionState }) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const partner = isPartner(role);

  useEffect(() => {
    if (open) menu.current?.querySelector("button")?.focus();
  }, [open]);

  if (session.phase === "closed") return null;
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <aside className="safety-bar no-print" aria-label="Pause or stop">
      {open ? (
        <div
          id="pause-menu"
          ref={menu}
          className="pause-menu stack"
          role="group"
          aria-labelledby="pause-menu-title"
          onKeyDown={(event) => {
            if (event.key === "Escape") close();
          }}
        >
          <p id="pause-menu-title" className="pause-menu-title">
            Take a pause. No reason needed. For how long?
          </p>
          {pauseChoices(room.options).map(({ minutes, label }) => (
            <button
              key={minutes}
              type="button"
              className="button secondary wide"
              onClick={() => {
                setOpen(false);
                room.act({ type: "pause.raise", minutes });
              }}
            >
              {label}
            </button>
          ))}
          {partner ? (
            <button
              type="button"
              className="button quiet wide"
              onClick={() => {
                setOpen(false);
                room.act({ type: "session.adjourn" });
              }}
            >
              Continue another time
            </button>
          ) : null}
          <button type="button" className="button quiet wide" onClick={close}>
            Not now
          </button>
        </div>
      ) : null}
      <RefusalNote room={room} types={["pause.raise"]} />
      <div className="safety-row">
        <button
          ref={toggle}
          type="button"
          className="button secondary"
          aria-expanded={open}
          aria-controls={open ? "pause-menu" : undefined}
          onClick={() => setOpen((o) => !o)}
        >
          Pause
        </button>
        {partner ? (
          <button type="button" className="button quiet" onClick={() => room.act({ type: "session.leave" })}>
            I need to stop
          </button>
        ) : null}
      </div>
    </aside>
  );
}
