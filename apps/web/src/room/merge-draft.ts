import type { DraftSections } from "@repair-room/protocol";

/**
 * The shared recap draft, as one partner edits it on their device. Edits are sent on
 * "Save"; meanwhile the other partner may save theirs. When the room's draft moves on, the
 * local edits are carried over section by section: a section only one side changed takes
 * that change; a section both changed differently keeps this person's words and offers the
 * other's back to them ("conflict"). Nothing is dropped without the person choosing it.
 */

export const sectionKeys = ["agreedTrue", "unclear", "nextSteps", "practice"] as const;
export type SectionKey = (typeof sectionKeys)[number];

export interface Conflict {
  section: SectionKey;
  /** The room's version of the section, offered back. */
  theirs: DraftSections[SectionKey];
  version: number;
}

export interface LocalDraft {
  /** The room's version these edits started from, and its content. */
  baseVersion: number;
  base: DraftSections;
  mine: DraftSections;
  conflicts: Conflict[];
}

export interface RoomDraft {
  version: number;
  sections: DraftSections;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Start editing from the room's current draft. */
export function startEditing(room: RoomDraft): LocalDraft {
  return { baseVersion: room.version, base: room.sections, mine: room.sections, conflicts: [] };
}

/** True when the local copy differs from the room's (there is something to save). */
export function hasChanges(local: LocalDraft | null, room: RoomDraft): boolean {
  return local !== null && (local.baseVersion !== room.version || !same(local.mine, room.sections));
}

/**
 * Carry local edits over to the room's newer draft. Returns null when nothing local is left
 * (every local change is already in the room's draft).
 */
export function rebase(local: LocalDraft, room: RoomDraft): LocalDraft | null {
  if (room.version <= local.baseVersion) return local;
  const merged = { ...local.mine };
  const fresh: Conflict[] = [];
  for (const key of sectionKeys) {
    const base = local.base[key];
    const mine = local.mine[key];
    const theirs = room.sections[key];
    if (same(mine, base) || same(mine, theirs)) {
      (merged as Record<SectionKey, unknown>)[key] = theirs;
    } else if (!same(theirs, base)) {
      fresh.push({ section: key, theirs, version: room.version });
    }
  }
  // An earlier offer stays while this person's words for it still differ from the room's.
  const keep = local.conflicts.filter((c) => !fresh.some((f) => f.section === c.section) && !same(merged[c.section], room.sections[c.section]));
  const next: LocalDraft = { baseVersion: room.version, base: room.sections, mine: merged, conflicts: [...keep, ...fresh] };
  return same(next.mine, room.sections) && next.conflicts.length === 0 ? null : next;
}

/** Take the room's words for one section in place of this person's. */
export function takeTheirs(local: LocalDraft, section: SectionKey): LocalDraft | null {
  const conflict = local.conflicts.find((c) => c.section === section);
  if (!conflict) return local;
  const next = { ...local, mine: { ...local.mine, [section]: conflict.theirs }, conflicts: local.conflicts.filter((c) => c !== conflict) };
  return same(next.mine, next.base) && next.conflicts.length === 0 ? null : next;
}

/** Keep this person's words for one section (they will replace the room's on Save). */
export function keepMine(local: LocalDraft, section: SectionKey): LocalDraft {
  return { ...local, conflicts: local.conflicts.filter((c) => c.section !== section) };
}
