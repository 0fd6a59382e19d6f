import { assertNever, isPartner, otherPartner, type PartnerRole, type Role, type RoomState, type SessionState } from "@repair-room/protocol";
import { nobodyWriting, type Writing } from "../connection/writing-signal";

/**
 * The one sentence telling this person what comes next ("Your turn: reflect back what Sam
 * said" / "Sam is writing…"). It only puts the state into words: what is allowed is the
 * server's business, and a refused action says why by itself.
 */
export function nextStep(state: RoomState, role: Role, writing: Writing = nobodyWriting): string {
  const s = state.session;
  if (!s) return "Connecting…";
  const { names } = state;
  const me = isPartner(role) ? role : null;
  const both = `${names.partnerA} and ${names.partnerB}`;

  if (s.phase !== "closed" && s.away) {
    if (me && s.away.back[me]) return "You're ready to go on. The session continues once you're both ready.";
    return me ? "The session is paused for now. Go on whenever you're ready." : "The session is paused for now.";
  }
  if (s.phase !== "closed" && s.pause) {
    if (!me) return `Paused: ${both} go on when they're both ready.`;
    if (s.pause.ready[me]) return `Waiting for ${names[otherPartner(me)]} to be ready to go on.`;
    return "Paused: take a breath. You'll go on when you're both ready.";
  }

  const other = me ? names[otherPartner(me)] : "";
  switch (s.phase) {
    case "lobby":
      if (!me) return `Waiting for ${both} to get ready.`;
      return s.ready[me] ? `Waiting for ${other} to say they're ready.` : "Your turn: read the ground rules, then say you're ready.";
    case "review":
      if (!me) return `${both} are looking back at the steps they agreed last time.`;
      return s.done[me] ? `Waiting for ${other} to finish looking back.` : "Your turn: look back at the steps you agreed last time.";
    case "checkIn":
      if (!me) return `${both} are checking in.`;
      return s.submitted[me] !== null ? `Waiting for ${other} to check in.` : "Your turn: check in with how you're feeling.";
    case "share":
      return shareStep(s, me, names, writing);
    case "intentions":
      if (!me) return `${both} are writing what they intended.`;
      return s.record.intentions[me] !== null
        ? `Waiting for ${other} to share what they intended.`
        : "Your turn: say what you intended, and one thing you'll do.";
    case "agreements":
      if (!me) return `${both} are writing their recap together.`;
      return s.approvals[me] === s.draft.version
        ? `Waiting for ${other} to approve version ${s.draft.version}.`
        : "Your turn: write the recap together, then approve it.";
    case "closed":
      return "This session is closed. Here is your recap.";
    default:
      return assertNever(s);
  }
}

function shareStep(
  s: Extract<SessionState, { phase: "share" }>,
  me: PartnerRole | null,
  names: RoomState["names"],
  writing: Writing,
): string {
  const { speaker, step, attempts } = s.round;
  const listener = otherPartner(speaker);
  const S = names[speaker];
  const L = names[listener];
  switch (step) {
    case "stating":
      if (s.spoken.partnerA && s.spoken.partnerB) {
        if (me && s.movingOn[me]) return `Waiting for ${names[otherPartner(me)]} to be ready to move on.`;
        if (me === speaker) return "Your turn: share another point, or choose to move on.";
        if (writing[speaker]) return `${S} is writing…`;
        return me ? `${S} may share another point, or you can both move on.` : `${S} may share another point, or both may move on.`;
      }
      if (me === speaker) return "Your turn: say what happened for you, and how you felt.";
      if (writing[speaker]) return `${S} is writing…`;
      return me ? `Listen first: ${S} is sharing what happened for them.` : `${S} is sharing what happened for them.`;
    case "reflecting":
      if (me === listener) return attempts.length > 0 ? `Your turn: try again to reflect back what ${S} said.` : `Your turn: reflect back what ${S} said.`;
      if (writing[listener]) return `${L} is writing…`;
      return me ? `${L} is reflecting back what you said.` : `${L} is reflecting back what ${S} said.`;
    case "confirming":
      if (me === speaker) return `Your turn: did ${L} get it right?`;
      return me ? `Waiting for ${S} to say whether you got it.` : `${S} is reading ${L}'s reflection.`;
    default:
      return assertNever(step);
  }
}
