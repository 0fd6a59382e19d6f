import { keptTally, partnerRoles, type PartnerRole, type ReviewMark, type Role, type SessionSummary } from "@repair-room/protocol";

/** How one partner marked the next steps a follow-up looked back at. */
export interface MarkCounts {
  kept: number;
  partly: number;
  notYet: number;
  /** Left unmarked (a review is finished only once all are marked; kept for safety). */
  unmarked: number;
}

/** One follow-up's look back at the next steps of the session before it. */
export interface LookBack {
  /** The follow-up that looked back. */
  ordinal: number;
  /** The session whose next steps were looked at. */
  fromOrdinal: number;
  steps: number;
  marks: Record<PartnerRole, MarkCounts>;
  /** Steps both partners marked kept. */
  bothKept: number;
}

/** Every closed follow-up's look back, oldest first, from the stored recaps' reviews. */
export function lookBacks(sessions: readonly SessionSummary[]): LookBack[] {
  const found: LookBack[] = [];
  for (const session of [...sessions].sort((a, b) => a.ordinal - b.ordinal)) {
    const review = session.recap?.review;
    // The steps only: the practice is asked about too, but it is not a step to count.
    const at = review?.items.flatMap((item, i) => (item.kind === "step" ? [i] : [])) ?? [];
    if (!review || at.length === 0) continue;
    const steps = at.length;
    const only = (marks: readonly (ReviewMark | null)[]) => at.map((i) => marks[i] ?? null);
    const marks = { partnerA: count(only(review.marks.partnerA), steps), partnerB: count(only(review.marks.partnerB), steps) };
    const { bothKept } = keptTally(review);
    // A follow-up reviews the recap of the session just before it.
    found.push({ ordinal: session.ordinal, fromOrdinal: session.ordinal - 1, steps, marks, bothKept });
  }
  return found;
}

function count(marks: readonly (ReviewMark | null)[], steps: number): MarkCounts {
  const counts: MarkCounts = { kept: 0, partly: 0, notYet: 0, unmarked: 0 };
  for (let i = 0; i < steps; i++) {
    const mark = marks[i];
    if (mark) counts[mark]++;
    else counts.unmarked++;
  }
  return counts;
}

type Names = Record<PartnerRole, string>;

/**
 * The one plain sentence: "Of 3 next steps from session 1, you both kept 2." Said to the
 * partners as "you both", to a coach with their names. Never a score, never a judgement.
 * The session is named, not "last time": once more sessions follow, "last time" would mislead.
 */
export function lookBackSentence(look: LookBack, viewer: Role, names: Names): string {
  const from = `from session ${look.fromOrdinal}`;
  const who = viewer === "observer" ? `${names.partnerA} and ${names.partnerB}` : "you";
  const steps = look.steps === 1 ? "next step" : "next steps";
  if (look.bothKept === look.steps) {
    return look.steps === 1 ? `${capital(who)} both kept the one ${steps} ${from}.` : `${capital(who)} both kept all ${look.steps} ${steps} ${from}.`;
  }
  if (look.bothKept === 0) return `Of ${look.steps} ${steps} ${from}, ${who} haven't both kept one yet.`;
  return `Of ${look.steps} ${steps} ${from}, ${who} both kept ${look.bothKept}.`;
}

/** "2 kept, 1 partly", leaving out what nobody chose; "nothing marked" when empty. */
export function marksPhrase(counts: MarkCounts): string {
  const parts = [
    counts.kept ? `${counts.kept} kept` : null,
    counts.partly ? `${counts.partly} partly` : null,
    counts.notYet ? `${counts.notYet} not yet` : null,
    counts.unmarked ? `${counts.unmarked} not marked` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : "nothing marked";
}

/** Each partner's marks, the viewer first and called "You". */
export function marksByPartner(look: LookBack, viewer: Role, names: Names): { partner: PartnerRole; name: string; phrase: string }[] {
  const order = viewer === "partnerB" ? (["partnerB", "partnerA"] as const) : partnerRoles;
  return order.map((partner) => ({ partner, name: partner === viewer ? "You" : names[partner], phrase: marksPhrase(look.marks[partner]) }));
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
