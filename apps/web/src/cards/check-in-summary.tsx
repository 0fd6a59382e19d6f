import { defaultEngineOptions, feelingLabel, partnerRoles, type CheckInContent, type PartnerRole } from "@repair-room/protocol";

/** The intensity scale is the protocol's (the wire's schema fixes it), not a deployment's. */
const scaleMax = defaultEngineOptions.intensity.max;

/** One partner's check-in, in plain words: "hurt (7 of 10)". */
export function CheckInSummary({ content }: { content: CheckInContent }) {
  return (
    <div className="stack-tight">
      <ul role="list" className="feeling-chips">
        {content.feelings.map((f) => (
          <li key={f.feeling} className="feeling-chip">
            {feelingLabel(f.feeling)} <span className="chip-strength">{f.intensity} of {scaleMax}</span>
          </li>
        ))}
      </ul>
      {content.note ? <p className="quote">{content.note}</p> : null}
    </div>
  );
}

/** Both partners' check-ins, each under their name (an h3 in a card, an h4 under a section's h3). */
export function CheckInPair({ checkIns, names, level = "h3" }: { checkIns: Record<PartnerRole, CheckInContent>; names: Record<PartnerRole, string>; level?: "h3" | "h4" }) {
  const Heading = level;
  return (
    <>
      {partnerRoles.map((p) => (
        <div key={p} className="stack-tight">
          <Heading>{names[p]}</Heading>
          <CheckInSummary content={checkIns[p]} />
        </div>
      ))}
    </>
  );
}
