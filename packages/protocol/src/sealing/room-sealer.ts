import { partnerRoles, type Role } from "../roles.js";
import { isPartnerOwner, joinSealed, parseSealed, splitJoined, type Owner, type SealedField } from "./envelope.js";
import { belongsAt, ownerClass, replaceAt, sealedSpots, wordsToSeal, type SealedSpot } from "./content.js";
import type { RoomKeys } from "./keys.js";
import { importKey, openText, sealText, type SealingKey } from "./seal.js";

/** What a person sees where words could not be opened: never someone else's words, never a cipher. */
export const unopenedWords = "(This part couldn't be opened on this device.)";

/**
 * A device's sealing for one room: it seals what its person writes before it is sent and opens
 * what the room sends back, checking each seal stands where it belongs. The same words sealed
 * again in the same place keep their first seal, so an unchanged part of the draft stays the
 * same to the server (which tells which parts an edit changed by comparing them).
 */
export class RoomSealer {
  /** The seal each opened or sealed text had, by where it stands: to reuse for the same words. */
  private readonly known = new Map<string, string>();

  private constructor(
    private readonly room: SealingKey,
    private readonly coach: SealingKey | null,
  ) {}

  static async create(keys: RoomKeys): Promise<RoomSealer> {
    return new RoomSealer(await importKey(keys.room), keys.coach ? await importKey(keys.coach) : null);
  }

  /**
   * `message` with its words sealed, as `author` writes it. `kind` is an intent's type or
   * "createRoom", "deleteRoom", "note". Anything else in it is left as it is.
   */
  async seal<T>(kind: string, message: T, author: Role): Promise<T> {
    const replacements = new Map<string, string>();
    for (const spot of wordsToSeal(kind, message, author)) {
      const text = spot.path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], message) as string;
      const memo = memoKey(spot.owner, spot.field, text);
      let sealed = this.known.get(memo) ?? (spot.field === "unclear" ? this.rejoin(text) : null);
      if (!sealed) {
        const key = spot.owner === "coach" ? this.coach : this.room;
        if (!key) throw new Error("This link holds no key for a coach's notes.");
        sealed = await sealText(key, { owner: spot.owner, field: spot.field }, text);
        this.known.set(memo, sealed);
      }
      replacements.set(JSON.stringify(spot.path), sealed);
    }
    return replaceAt(message, replacements);
  }

  /**
   * `value` (an event, a welcome, a recap, notes) with every seal opened, or replaced by
   * `unopenedWords` where it does not open with this room's key or does not belong where it
   * stands. `actor`: the seat whose event this is.
   */
  async open<T>(value: T, actor: Role | null = null): Promise<T> {
    const spots = sealedSpots(value, actor);
    if (spots.length === 0) return value;
    const opened = await Promise.all(spots.map((spot) => this.openSpot(spot)));
    return replaceAt(value, new Map(spots.map((spot, i) => [JSON.stringify(spot.path), opened[i]!])));
  }

  /** The words at one spot, or `unopenedWords`. */
  private async openSpot(spot: SealedSpot): Promise<string> {
    if (spot.form === "plain") return unopenedWords;
    if (spot.form === "joined") {
      const lines = splitJoined(spot.value);
      if (!lines || !spot.fields.includes("unclear")) return unopenedWords;
      const opened = await Promise.all(
        lines.map(async ([name, words]) => {
          const [who, what] = await Promise.all([openText(this.room, name), openText(this.room, words)]);
          const fits = who?.field === "name" && what?.field === "happened" && who.owner === what.owner && isPartnerOwner(what.owner);
          return fits ? `${who.text}: ${what.text}` : null;
        }),
      );
      if (opened.some((line) => line === null)) return unopenedWords;
      const text = opened.join("\n");
      this.known.set(memoKey("room", "unclear", text), spot.value);
      return text;
    }
    const header = parseSealed(spot.value);
    const key = header?.owner === "coach" ? this.coach : this.room;
    const words = header && key && belongsAt(spot, header) ? await openText(key, spot.value) : null;
    if (!words) return unopenedWords;
    this.known.set(memoKey(words.owner, spot.fields[0]!, words.text), spot.value);
    // The room copies an action on as a next step: the same words there are this very seal.
    if (words.field === "action") this.known.set(memoKey("room", "what", words.text), spot.value);
    return words.text;
  }

  /**
   * The points still unclear as the room joined them ("name: what happened", a line each), when
   * `text` is just those lines: the draft's first version, which every device writes from the
   * words it opened, goes back as the room has it, so an edit elsewhere leaves it unchanged.
   */
  private rejoin(text: string): string | null {
    const lines = text.split("\n").map((line) => {
      for (let at = line.indexOf(": "); at >= 0; at = line.indexOf(": ", at + 1)) {
        for (const who of partnerRoles) {
          const name = this.known.get(memoKey(who, "name", line.slice(0, at)));
          const happened = this.known.get(memoKey(who, "happened", line.slice(at + 2)));
          if (name && happened) return [name, happened] as const;
        }
      }
      return null;
    });
    return text !== "" && lines.every((line) => line !== null) ? joinSealed(lines as (readonly [string, string])[]) : null;
  }
}

function memoKey(owner: Owner, field: SealedField, text: string): string {
  return `${ownerClass(field) === "partner" ? owner : "shared"}|${field}|${text}`;
}
