import type { PartnerRole, Role } from "@repair-room/protocol";
import { lookBackSentence, marksByPartner, type LookBack } from "./look-backs";

/**
 * How the next steps went, follow-up by follow-up, newest first: one sentence each, then each
 * partner's own marks. Words only; a chart would turn it into a score.
 */
export function LookBackList({ looks, role, names }: { looks: readonly LookBack[]; role: Role; names: Record<PartnerRole, string> }) {
  const newestFirst = [...looks].reverse();
  return (
    <section className="card stack" aria-labelledby="look-backs-heading" data-testid="look-backs">
      <h2 id="look-backs-heading">{role === "observer" ? "How their next steps went" : "How your next steps went"}</h2>
      <ul className="look-backs" role="list">
        {newestFirst.map((look) => (
          <li key={look.ordinal} className="stack-tight look-back">
            <p className="look-back-sentence">{lookBackSentence(look, role, names)}</p>
            <p className="muted">
              {marksByPartner(look, role, names)
                .map(({ name, phrase }) => `${name}: ${phrase}.`)
                .join(" ")}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
