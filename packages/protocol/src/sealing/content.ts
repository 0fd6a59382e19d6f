import { partnerRoles, type PartnerRole, type Role } from "../roles.js";
import { isJoined, isPartnerOwner, isSealed, type Owner, type SealedField } from "./envelope.js";

/**
 * Where people's words are in what a device sends, and which sealed field each one is. The
 * server reads everything else (types, seats, versions, choices, dates) to run the rules.
 * A path is property names, `*` for every item of an array, and `=field` when the field is
 * not the one its last property names (see `writtenAs`).
 */
export const sealedPaths: Readonly<Record<string, readonly string[]>> = {
  "lobby.setTopic": ["content.topic"],
  "lobby.setName": ["content.name"],
  "checkIn.submit": ["content.note"],
  "share.state": ["content.happened", "content.felt", "content.needed"],
  "share.reflect": ["content.heard", "content.feeling"],
  "share.confirm": ["content.clarification"],
  "intentions.submit": ["content.intended", "content.impact", "content.action"],
  "intentions.acknowledge": ["content.words"],
  "agreements.edit": ["content.agreedTrue", "content.unclear", "content.practice", "content.nextSteps.*.what"],
  "agreements.appreciate": ["content.text"],
  "review.appreciate": ["content.text"],
  // Not actions, but sealed the same way: a new room, the delete confirmation, a coach's note.
  createRoom: ["topic", "partnerA.name", "partnerB.name"],
  deleteRoom: ["confirmTopic"],
  note: ["text=note"],
};

/** The sealed field a property holds when a device writes it (its last path step). */
const writtenAs: Readonly<Record<string, SealedField>> = {
  note: "checkInNote",
  text: "appreciation",
  confirmTopic: "topic",
};

/**
 * Which sealed fields a property may hold where a device reads it. Words the server copies on
 * are accepted where the rules copy them: an intention's action as a next step, a next step or
 * the practice as something to look back on.
 */
const readable: Readonly<Record<string, readonly SealedField[]>> = {
  topic: ["topic"],
  confirmTopic: ["topic"],
  name: ["name"],
  note: ["checkInNote"],
  text: ["appreciation"],
  what: ["what", "action", "practice"],
  happened: ["happened"],
  felt: ["felt"],
  needed: ["needed"],
  heard: ["heard"],
  feeling: ["feeling"],
  clarification: ["clarification"],
  intended: ["intended"],
  impact: ["impact"],
  action: ["action"],
  words: ["words"],
  agreedTrue: ["agreedTrue"],
  unclear: ["unclear"],
  practice: ["practice"],
};
/** Objects keyed by partner whose values are words themselves (not objects holding them). */
const byPartnerWords: Readonly<Record<string, SealedField>> = { names: "name", appreciations: "appreciation" };

/** Whose a field's words are, by the field: the room's, the coach's, or the partner who wrote them. */
export function ownerClass(field: SealedField): "room" | "coach" | "partner" {
  switch (field) {
    case "topic":
    case "agreedTrue":
    case "unclear":
    case "practice":
    case "what":
      return "room";
    case "note":
      return "coach";
    default:
      return "partner";
  }
}

/** One string a device is about to seal: where it is, and the seal's header. */
export interface ToSeal {
  path: readonly (string | number)[];
  field: SealedField;
  owner: Owner;
}

/**
 * Every non-empty string in `message` that holds words, with the header to seal it under.
 * `kind` is an intent's type or one of the other messages in `sealedPaths`; `author` is the
 * seat that writes it. An empty optional field stays empty: the rules need to know it is.
 */
export function wordsToSeal(kind: string, message: unknown, author: Role): ToSeal[] {
  const found: ToSeal[] = [];
  for (const path of sealedPaths[kind] ?? []) {
    const [where = "", named] = path.split("=");
    const steps = where.split(".");
    const visit = (value: unknown, at: number, trail: (string | number)[]) => {
      if (at === steps.length) {
        if (typeof value !== "string" || value === "" || isSealed(value)) return;
        const last = steps.at(-1)!;
        const field = (named as SealedField | undefined) ?? writtenAs[last] ?? (last as SealedField);
        const slot = trail.find((s): s is PartnerRole => partnerRoles.includes(s as PartnerRole));
        const cls = ownerClass(field);
        const owner: Owner = cls === "partner" ? (slot ?? (isPartnerOwner(author as Owner) ? (author as PartnerRole) : "room")) : cls;
        found.push({ path: trail, field, owner });
        return;
      }
      if (value === null || typeof value !== "object") return;
      const step = steps[at]!;
      if (step === "*") {
        if (Array.isArray(value)) value.forEach((item, i) => visit(item, at + 1, [...trail, i]));
        return;
      }
      visit((value as Record<string, unknown>)[step], at + 1, [...trail, step]);
    };
    visit(message, 0, []);
  }
  return found;
}

/** Where a sealed string was found, as the reader needs it to check the seal belongs there. */
export interface SealedSpot {
  path: readonly (string | number)[];
  value: string;
  /**
   * What stands here: a seal; lines the room joined from seals (`joinSealed`); or plain words
   * where words belong, which a device holding the room's key never accepts, since every
   * device of a sealed room seals what it sends: plain words there were not written by anyone in it.
   */
  form: "sealed" | "joined" | "plain";
  /** The fields that may stand here. */
  fields: readonly SealedField[];
  /** The partner whose words these must be, when the place says (a partner's own event, a by-partner slot, a round's speaker). */
  partner: PartnerRole | null;
}

/**
 * Every string a device must open or refuse in something the server sent (an event, a welcome,
 * a recap, a note): each seal, each joined string, and plain words where words belong, with
 * what may stand there. A seal where no words belong has no fields, and opens nowhere. `actor`
 * is the seat whose event this is, when it is one.
 */
export function sealedSpots(value: unknown, actor: Role | null = null): SealedSpot[] {
  const spots: SealedSpot[] = [];
  const visit = (node: unknown, path: (string | number)[], partner: PartnerRole | null, inNote = false) => {
    if (typeof node === "string") {
      // A coach's note ({ id, sessionOrdinal, text, at }) holds the coach's words; any other `text`, an appreciation.
      const fields = inNote && path.at(-1) === "text" ? (["note"] as const) : fieldsAt(path);
      const form = isSealed(node) ? "sealed" : isJoined(node) ? "joined" : node !== "" && fields.length > 0 ? "plain" : null;
      if (form) spots.push({ path, value: node, fields, partner, form });
      return;
    }
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, [...path, i], partner));
      return;
    }
    const record = node as Record<string, unknown>;
    // A round: the statement and clarifications are the speaker's, the reflections the listener's.
    const speaker = partnerRoles.includes(record.speaker as PartnerRole) ? (record.speaker as PartnerRole) : null;
    for (const [key, child] of Object.entries(record)) {
      let next = partnerRoles.includes(key as PartnerRole) ? (key as PartnerRole) : partner;
      if (speaker && key === "statement") next = speaker;
      if (speaker && key === "attempts") next = speaker;
      if (path.at(-2) === "attempts" && key === "reflection" && partner) next = partner === "partnerA" ? "partnerB" : "partnerA";
      visit(child, [...path, key], next, "sessionOrdinal" in record && "id" in record);
    }
  };
  visit(value, [], actor && isPartnerOwner(actor as Owner) ? (actor as PartnerRole) : null);
  return spots;
}

/** The sealed fields that may stand at `path`: none where no words belong. */
function fieldsAt(path: readonly (string | number)[]): readonly SealedField[] {
  const key = path.at(-1);
  const parent = path.at(-2);
  if (typeof key !== "string") return [];
  const listed = typeof parent === "string" ? byPartnerWords[parent] : undefined;
  if (listed && partnerRoles.includes(key as PartnerRole)) return [listed];
  // A feeling chosen at the check-in is a name from a list, and a stored sentence is the room's own: never words.
  if (path.includes("feelings") || path.includes("timeline")) return [];
  return readable[key] ?? [];
}

/** Whether a seal's header may stand at `spot`: a field that belongs there, whose owner fits. */
export function belongsAt(spot: SealedSpot, header: { owner: Owner; field: SealedField }): boolean {
  if (!spot.fields.includes(header.field)) return false;
  const cls = ownerClass(header.field);
  if (cls !== "partner") return header.owner === cls;
  if (!isPartnerOwner(header.owner)) return false;
  // Words copied on (an action as a next step) keep their writer, whoever placed them here.
  const copied = spot.fields[0] !== header.field;
  return copied || spot.partner === null || spot.partner === header.owner;
}

/** A copy of `value` with the strings at `path`s replaced. */
export function replaceAt<T>(value: T, replacements: ReadonlyMap<string, string>, path: (string | number)[] = []): T {
  const here = replacements.get(JSON.stringify(path));
  if (here !== undefined) return here as T;
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item, i) => replaceAt(item, replacements, [...path, i])) as T;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceAt(v, replacements, [...path, k])])) as T;
}
