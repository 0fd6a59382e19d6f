import { partnerRoles, type PartnerRole } from "../roles.js";

/**
 * A person's words sealed on their device, as they travel and are kept: a short header the
 * server may read (whose field it is and which field), then the nonce and the AES-GCM
 * ciphertext. The header is the associated data, so changing it breaks the seal, and the room's
 * own key makes the seal: words sealed for one room open in no other.
 *
 *   ~s1:<owner>:<field>:<nonce>:<ciphertext>     (nonce and ciphertext in base64url)
 *
 * No one types this: text never starts with "~s1:" by chance, and a room made before sealing
 * keeps its plain words, which read as they always did.
 */
export const sealedPrefix = "~s1:" as const;

/**
 * Words the room puts together from sealed words it cannot read: the points still unclear, one
 * line each, "<name>: <what happened>", made of the speaker's sealed name and statement. The
 * device opens each part (both must be the same partner's) and writes the line.
 *
 *   ~j1:<sealed name>|<sealed words>\n<sealed name>|<sealed words>…
 */
export const joinedPrefix = "~j1:" as const;

export function isJoined(value: unknown): value is `${typeof joinedPrefix}${string}` {
  return typeof value === "string" && value.startsWith(joinedPrefix);
}

export function joinSealed(lines: readonly (readonly [name: string, words: string])[]): string {
  return joinedPrefix + lines.map(([name, words]) => `${name}|${words}`).join("\n");
}

/** The lines of a joined string, or null when it is not one. */
export function splitJoined(value: string): [name: string, words: string][] | null {
  if (!value.startsWith(joinedPrefix)) return null;
  const lines = value.slice(joinedPrefix.length).split("\n").map((line) => line.split("|"));
  return lines.every((parts) => parts.length === 2 && isSealed(parts[0]) && isSealed(parts[1])) ? (lines as [string, string][]) : null;
}

/** Whose words these are: a partner, or the room (its topic, the draft both partners edit, a coach's note). */
export type Owner = PartnerRole | "room" | "coach";
const ownerCodes: Record<Owner, string> = { partnerA: "a", partnerB: "b", room: "r", coach: "c" };
const ownerOf = new Map(Object.entries(ownerCodes).map(([owner, code]) => [code, owner as Owner]));

/** The fields that carry words, each named once; a sealed field opens only where that field belongs. */
export const sealedFields = [
  "topic",
  "name",
  "happened",
  "felt",
  "needed",
  "heard",
  "feeling",
  "clarification",
  "intended",
  "impact",
  "action",
  "words",
  "agreedTrue",
  "unclear",
  "practice",
  "what",
  "appreciation",
  "note",
  "checkInNote",
] as const;
export type SealedField = (typeof sealedFields)[number];
const fieldSet = new Set<string>(sealedFields);

export interface SealedHeader {
  owner: Owner;
  field: SealedField;
}

export interface Sealed extends SealedHeader {
  nonce: string;
  ciphertext: string;
}

/** AES-GCM's nonce and tag, in bytes. */
export const nonceBytes = 12;
const tagBytes = 16;
const base64url = /^[A-Za-z0-9_-]+$/;

export function isSealed(value: unknown): value is `${typeof sealedPrefix}${string}` {
  return typeof value === "string" && value.startsWith(sealedPrefix);
}

export function formatSealed(s: Sealed): string {
  return `${sealedPrefix}${ownerCodes[s.owner]}:${s.field}:${s.nonce}:${s.ciphertext}`;
}

/** The parts of a sealed string, or null when it is not one this version can read. */
export function parseSealed(value: string): Sealed | null {
  if (!value.startsWith(sealedPrefix)) return null;
  const parts = value.slice(sealedPrefix.length).split(":");
  if (parts.length !== 4) return null;
  const [ownerCode, field, nonce, ciphertext] = parts as [string, string, string, string];
  const owner = ownerOf.get(ownerCode);
  if (!owner || !fieldSet.has(field)) return null;
  if (nonce.length !== base64Length(nonceBytes) || !base64url.test(nonce)) return null;
  if (ciphertext.length < base64Length(tagBytes) || !base64url.test(ciphertext)) return null;
  return { owner, field: field as SealedField, nonce, ciphertext };
}

/** What the seal authenticates besides the words: the header, so no field can pass for another. */
export function associatedData(header: SealedHeader): string {
  return `repair-room sealed v1|${ownerCodes[header.owner]}|${header.field}`;
}

/**
 * Whether a sealed string could hold at most `maxChars` characters of text: the server's
 * check of a length it cannot read. A character is at most 3 bytes of UTF-8 (a pair of
 * surrogates, counted as two, is 4), so the bound is exact enough to stop anything oversized.
 */
export function sealedFits(value: string, maxChars: number): boolean {
  const sealed = parseSealed(value);
  return sealed !== null && sealed.ciphertext.length <= base64Length(3 * maxChars + tagBytes);
}

/** Unpadded base64url length of `bytes` bytes. */
function base64Length(bytes: number): number {
  return Math.ceil((bytes * 4) / 3);
}

export function isPartnerOwner(owner: Owner): owner is PartnerRole {
  return (partnerRoles as readonly string[]).includes(owner);
}
