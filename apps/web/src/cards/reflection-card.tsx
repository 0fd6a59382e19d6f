import type { PartnerRole, ReflectionContent } from "@repair-room/protocol";

type Names = Record<PartnerRole, string>;

/** What the listener heard, as they reflected it back. */
export function ReflectionCard({ reflection, listener, names, label }: { reflection: ReflectionContent; listener: PartnerRole; names: Names; label?: string }) {
  return (
    <figure className="said reflected">
      <figcaption className="said-who">{label ?? `${names[listener]} heard`}</figcaption>
      <dl className="said-parts">
        <dt>What I heard is…</dt>
        <dd>{reflection.heard}</dd>
        <dt>It sounds like you felt…</dt>
        <dd>{reflection.feeling}</dd>
      </dl>
    </figure>
  );
}
