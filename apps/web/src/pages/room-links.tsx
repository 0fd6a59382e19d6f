import type { CreatedRoom, PartnerRole, Role } from "@repair-room/protocol";
import { useEffect, useRef } from "react";
import { navigate } from "../router";
import { CopyButton } from "../ui/copy-button";
import { QrCodeToggle } from "../ui/qr-code";

export interface RoomLinksProps {
  room: CreatedRoom;
  names: Record<PartnerRole, string>;
}

/**
 * The three links, who each is for, and the creator's own next step. The partner's link comes
 * first, its Copy the one main action: it has to be sent before anything else, and on a phone
 * it is on screen without scrolling. Each link shows on one line; its full text stays in the
 * page (read out, selected by Copy's fallback) and Copy and the QR code carry all of it.
 */
export function RoomLinks({ room, names }: RoomLinksProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The page changed under the person's hands: start them (and their screen reader) here.
  useEffect(() => heading.current?.focus(), []);

  // `name` is how a control names the link to a screen reader ("QR code for Sam's link").
  const links: { role: Role; title: string; name: string; forWhom: string }[] = [
    { role: "partnerB", title: `${names.partnerB}'s link`, name: `${names.partnerB}'s link`, forWhom: `For ${names.partnerB} — send it to them privately.` },
    { role: "partnerA", title: `${names.partnerA}'s link`, name: `${names.partnerA}'s link`, forWhom: `For ${names.partnerA} — open it on your own phone or computer.` },
    {
      role: "observer",
      title: "Coach's link (optional)",
      name: "the coach's link",
      forWhom: "For a coach or mediator, if you have one: they can follow and pause the session, never write in it.",
    },
  ];

  return (
    <section className="stack" aria-labelledby="links-heading">
      <h1 id="links-heading" ref={heading} tabIndex={-1}>
        Your room is ready
      </h1>
      <p className="key-note">
        <strong>Each link is a key:</strong> whoever has it can join as that person. Share each one only with the person
        it is for.
      </p>
      <ul className="link-list" role="list">
        {links.map(({ role, title, name, forWhom }) => (
          <li key={role} className={role === "partnerB" ? "card link-card send-first" : "card link-card"} data-testid={`link-${role}`}>
            <h2>{title}</h2>
            <p className="muted">{forWhom}</p>
            <p id={`link-text-${role}`} className="link-text one-line" data-testid={`link-text-${role}`}>
              {room.links[role]}
            </p>
            <div className="link-actions">
              <CopyButton text={room.links[role]} targetId={`link-text-${role}`} label={`Copy ${title}`} primary={role === "partnerB"} />
              <QrCodeToggle text={room.links[role]} name={name} />
            </div>
          </li>
        ))}
      </ul>
      <p className="muted">
        These links aren't kept anywhere else, and only they open what you write here (the server can't), so a lost
        link can't be given back. Send {names.partnerB}'s link before you go on. Once you open your own link, this
        device lists the room on its start page, so you can come back to it.
      </p>
      <button type="button" className="button secondary wide" onClick={() => navigate(room.links.partnerA)}>
        Open {names.partnerA}'s link
      </button>
    </section>
  );
}
