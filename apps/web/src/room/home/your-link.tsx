import { isPartner, parseLinkSecret, type Refusal, type Role } from "@repair-room/protocol";
import { useEffect, useRef, useState } from "react";
import type { UseRoom } from "../../connection/use-room";
import { roomPath } from "../../router";
import { CopyButton } from "../../ui/copy-button";
import { QrCodeToggle } from "../../ui/qr-code";

type Step = { kind: "idle" } | { kind: "confirming" } | { kind: "asking" } | { kind: "done" } | { kind: "refused"; refusal: Refusal };

/**
 * This seat's link (copy, QR code), and a new one on request. The confirmation says plainly
 * what happens: the old link stops at once, everywhere. The link shown is the connection's
 * token, so afterwards it, the address and this device's list all hold the new one (the
 * address through useRoom, the list through useRememberRoom), also after "Back".
 */
export function YourLink({ room, role }: { room: UseRoom; role: Role }) {
  const [step, setStep] = useState<Step>({ kind: "idle" });
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const doneNote = useRef<HTMLParagraphElement>(null);
  const askButton = useRef<HTMLButtonElement>(null);
  const link = `${window.location.origin}${roomPath(room.roomId, { kind: "live" }, room.token)}`;
  // A room made before sealing: its link opens the room, but its words were never sealed.
  const sealed = parseLinkSecret(room.token).keys !== null;
  const name = isPartner(role) ? `your link, ${room.timeline.state.names[role]}` : "the coach's link";

  useEffect(() => {
    if (step.kind === "confirming") confirmHeading.current?.focus();
    if (step.kind === "done") doneNote.current?.focus();
  }, [step.kind]);

  const reissue = async () => {
    setStep({ kind: "asking" });
    const ack = await room.reissueLink();
    setStep(ack.ok ? { kind: "done" } : { kind: "refused", refusal: ack });
  };
  const cancel = () => {
    setStep({ kind: "idle" });
    requestAnimationFrame(() => askButton.current?.focus());
  };

  return (
    <section className="card stack" aria-labelledby="your-link-heading" data-testid="your-link">
      <h2 id="your-link-heading">Your link</h2>
      <p className="muted">
        {isPartner(role)
          ? sealed
            ? "This link is your key to the room and the only key to the words in it. Keep it private: whoever has it can join as you. Keep it safe: if it is lost, no one can give it back, not even whoever runs this server."
            : "This link is your key to the room. Keep it private: whoever has it can join as you."
          : sealed
            ? "This is the coach's link, and the only key to the coach's notes. Whoever has it can follow the room and pause it, never write in it. If it is lost, no one can give it back."
            : "This is the coach's link. Whoever has it can follow the room and pause it, never write in it."}
      </p>
      {step.kind === "done" ? (
        <p ref={doneNote} tabIndex={-1} className="key-note" role="status">
          Here is your new link. The old one no longer works.
        </p>
      ) : null}
      <p id="your-link-text" className="link-text one-line" data-testid="your-link-text">
        {link}
      </p>
      <div className="link-actions">
        <CopyButton text={link} targetId="your-link-text" label={`Copy ${name}`} />
        <QrCodeToggle text={link} name={name} />
      </div>

      {step.kind === "confirming" || step.kind === "asking" ? (
        <div className="confirm stack" role="group" aria-labelledby="reissue-heading">
          <h3 id="reissue-heading" ref={confirmHeading} tabIndex={-1}>
            A new link for you?
          </h3>
          <p>
            Your current link will stop working at once, on every phone and computer where it is open or saved. Anyone
            using it there will be asked for the new one. Your sessions and recaps stay as they are.
          </p>
          <div className="button-row">
            <button type="button" className="button primary" aria-disabled={step.kind === "asking" || undefined} onClick={() => step.kind === "confirming" && void reissue()}>
              {step.kind === "asking" ? "One moment…" : "Yes, give me a new link"}
            </button>
            <button type="button" className="button secondary" onClick={cancel}>
              Keep my link
            </button>
          </div>
        </div>
      ) : (
        <button ref={askButton} type="button" className="button secondary wide" onClick={() => setStep({ kind: "confirming" })}>
          Get a new link for me
        </button>
      )}
      {step.kind === "refused" ? (
        <p className="form-error" role="alert">
          {step.refusal.message}
        </p>
      ) : null}
    </section>
  );
}
