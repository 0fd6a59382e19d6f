import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { intentSchema } from "../src/intents.js";
import { createRoomSchema } from "../src/messages/create-room.js";
import { changedParts } from "../src/phases/agreements.js";
import { lookBackItems } from "../src/phases/review.js";
import type { Recap } from "../src/recap.js";
import { observerNoteInputSchema } from "../src/messages/notes.js";
import { parseOrRefuse } from "../src/parse.js";
import { deleteRoomSchema } from "../src/room-admin.js";
import type { Role } from "../src/roles.js";
import { joinSealed } from "../src/sealing/envelope.js";
import { formatLinkSecret, isSealed, newRoomKey, parseLinkSecret, RoomSealer, sealedFits, unopenedWords } from "../src/sealing/index.js";
import { examples } from "./support/worded-messages.js";

const keys = { room: newRoomKey(), coach: newRoomKey() };
const sealer = () => RoomSealer.create(keys);

function kindOf(schema: unknown, message: Record<string, unknown>): string {
  if (schema === createRoomSchema) return "createRoom";
  if (schema === deleteRoomSchema) return "deleteRoom";
  if (schema === observerNoteInputSchema) return "note";
  return message.type as string;
}

/** Every string in `value` that a person wrote in the examples (not ids, types, dates or choices). */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}
const notWords = new Set(["action-01", "both", "2026-12-01", "notQuite", "hurt"]);

describe("sealing on the device", () => {
  it("seals every person's words in every message, which the server still accepts, and opens them back", async () => {
    const s = await sealer();
    for (const [schema, example] of examples) {
      const kind = kindOf(schema, example);
      const author: Role = kind === "note" ? "observer" : "partnerA";
      const sealed = await s.seal(kind, example, author);
      const wire = JSON.stringify(sealed);
      for (const word of strings(example).filter((w) => !notWords.has(w) && !/^[a-zA-Z]+\.[a-zA-Z]+$/.test(w))) {
        expect(wire, `${kind}: "${word}"`).not.toContain(JSON.stringify(word));
      }
      expect(parseOrRefuse(schema, sealed), kind).toMatchObject({ ok: true });
      // A note is read back as the room keeps it, with its id and session (the next tests).
      const kept = kind === "note" ? { id: "n1", sessionOrdinal: 1, at: 0, ...sealed } : sealed;
      const expected = kind === "note" ? { id: "n1", sessionOrdinal: 1, at: 0, ...example } : example;
      expect(await (await sealer()).open(kept, author), kind).toEqual(expected);
    }
  });

  it("leaves an empty optional field empty, and seals the same words in the same place the same way", async () => {
    const s = await sealer();
    const edit = { actionId: "a1", type: "agreements.edit", baseVersion: 1, content: { agreedTrue: "We care", unclear: "", nextSteps: [], practice: "Pause" } };
    const first = await s.seal("agreements.edit", edit, "partnerA");
    expect(first.content.unclear).toBe("");
    const again = await s.seal("agreements.edit", { ...edit, content: { ...edit.content, practice: "Walk" } }, "partnerB");
    expect(again.content.agreedTrue).toBe(first.content.agreedTrue);
    expect(again.content.practice).not.toBe(first.content.practice);
    // Another device that opened the first seals the same words the same way too.
    const other = await sealer();
    await other.open({ type: "agreements.edited", version: 2, content: first.content, seq: 5, at: 0, actor: "partnerA" }, "partnerA");
    expect((await other.seal("agreements.edit", edit, "partnerB")).content.agreedTrue).toBe(first.content.agreedTrue);
  });

  it("opens nothing sealed for another room, changed on the way, or moved to another field or partner", async () => {
    const s = await sealer();
    const stated = await s.seal("share.state", { actionId: "a1", type: "share.state", content: { happened: "You left", felt: "hurt", needed: "" } }, "partnerA");
    const event = <C>(content: C, actor: Role) => ({ type: "share.stated", content, seq: 3, at: 0, actor });
    const { happened, felt } = stated.content;

    const swapped = await s.open(event({ happened: felt, felt: happened, needed: "" }, "partnerA"), "partnerA");
    expect(swapped.content).toEqual({ happened: unopenedWords, felt: unopenedWords, needed: "" });

    const asTheOther = await s.open(event(stated.content, "partnerB"), "partnerB");
    expect(asTheOther.content.happened).toBe(unopenedWords);

    const elsewhere = await (await RoomSealer.create({ room: newRoomKey() })).open(event(stated.content, "partnerA"), "partnerA");
    expect(elsewhere.content.happened).toBe(unopenedWords);

    const flipped = happened.slice(0, -3) + (happened.endsWith("A") ? "B" : "A") + happened.slice(-2);
    expect((await s.open(event({ ...stated.content, happened: flipped }, "partnerA"), "partnerA")).content.happened).toBe(unopenedWords);
    const relabelled = happened.replace("~s1:a:", "~s1:b:");
    expect((await s.open(event({ ...stated.content, happened: relabelled }, "partnerB"), "partnerB")).content.happened).toBe(unopenedWords);

    // Revealed together by the room: each partner's words only in that partner's place.
    const a = await s.seal("intentions.submit", { actionId: "a", type: "intentions.submit", content: { intended: "help", impact: "alone", action: "ask" } }, "partnerA");
    const b = await s.seal("intentions.submit", { actionId: "b", type: "intentions.submit", content: { intended: "rest", impact: "late", action: "call" } }, "partnerB");
    const revealed = { type: "intentions.revealed", content: { partnerA: b.content, partnerB: a.content }, seq: 9, at: 0, actor: null };
    expect(strings(await s.open(revealed))).not.toContain("help");
    const honest = await s.open({ ...revealed, content: { partnerA: a.content, partnerB: b.content } });
    expect(honest.content.partnerA.intended).toBe("help");
  });

  it("opens words the room copied on where the rules copy them: an action as a next step, a step to look back on", async () => {
    const s = await sealer();
    const a = await s.seal("intentions.submit", { actionId: "a", type: "intentions.submit", content: { intended: "help", impact: "alone", action: "ask first" } }, "partnerA");
    const draft = { sections: { agreedTrue: "", unclear: "", practice: "", nextSteps: [{ who: "partnerA", what: a.content.action, byWhen: "2026-12-01" }] } };
    expect((await s.open(draft)).sections.nextSteps[0]!.what).toBe("ask first");
    const asStatement = { type: "share.stated", content: { happened: a.content.action, felt: a.content.impact, needed: "" }, seq: 1, at: 0, actor: "partnerA" };
    expect((await s.open(asStatement, "partnerA")).content.happened).toBe(unopenedWords);
  });

  it("never shows plain words where a sealed room's words stand: no one in the room wrote them", async () => {
    const s = await sealer();
    const forged = await s.open({ type: "share.stated", content: { happened: "You never listen", felt: "fine", needed: "" }, seq: 3, at: 0, actor: "partnerA" }, "partnerA");
    expect(forged.content).toEqual({ happened: unopenedWords, felt: unopenedWords, needed: "" });
    // The room's own strings are not words: choices, markers of hidden content, stored sentences.
    const own = { written: { partnerA: "hidden", partnerB: null }, choice: "heardIntent", timeline: [{ seq: 1, at: 0, text: "{partnerA} joined." }], feelings: [{ feeling: "hurt", intensity: 3 }] };
    expect(await s.open(own)).toEqual(own);
  });

  it("opens the lines the room joins from sealed words, and nothing joined from another partner's name", async () => {
    const s = await sealer();
    const room = await s.seal("createRoom", { topic: "Holidays", partnerA: { name: "Sam" }, partnerB: { name: "Alex" } }, "partnerA");
    const said = async (who: "partnerA" | "partnerB", happened: string) =>
      (await s.seal("share.state", { actionId: "a", type: "share.state", content: { happened, felt: "sad", needed: "" } }, who)).content.happened;
    const a = await said("partnerA", "You left early");
    const b = await said("partnerB", "You were on your phone");
    const joined = joinSealed([
      [room.partnerA.name, a],
      [room.partnerB.name, b],
    ]);
    const other = await sealer();
    expect((await other.open({ sections: { unclear: joined } })).sections.unclear).toBe("Sam: You left early\nAlex: You were on your phone");
    expect((await other.open({ sections: { unclear: joinSealed([[room.partnerB.name, a]]) } })).sections.unclear).toBe(unopenedWords);
    expect((await other.open({ sections: { agreedTrue: joined } })).sections.agreedTrue).toBe(unopenedWords);
    // Sent back unchanged, it stays the room's joined lines.
    const edit = await other.seal("agreements.edit", { actionId: "e", type: "agreements.edit", baseVersion: 1, content: { agreedTrue: "", unclear: "Sam: You left early\nAlex: You were on your phone", nextSteps: [], practice: "" } }, "partnerB");
    expect(edit.content.unclear).toBe(joined);
  });

  it("sends the draft's first version back as the room has it, so an edit of one part changes only that part", async () => {
    const sam = await sealer();
    const room = await sam.seal("createRoom", { topic: "Holidays", partnerA: { name: "Sam" }, partnerB: { name: "Alex" } }, "partnerA");
    const stated = await sam.seal("share.state", { actionId: "s", type: "share.state", content: { happened: "You left early", felt: "sad", needed: "" } }, "partnerA");
    const intended = await sam.seal("intentions.submit", { actionId: "i", type: "intentions.submit", content: { intended: "rest", impact: "alone", action: "Ask first" } }, "partnerA");
    // The room's draft, made from seals it cannot read (phases/agreements.ts).
    const roomDraft = {
      agreedTrue: "",
      unclear: joinSealed([[room.partnerA.name, stated.content.happened]]),
      nextSteps: [{ who: "partnerA" as const, what: intended.content.action, byWhen: "2026-12-07" }],
      practice: "",
    };
    // Alex's device opened the same events and wrote the same draft from the words.
    const alex = await sealer();
    await alex.open({ type: "room.created", topic: room.topic, names: { partnerA: room.partnerA.name, partnerB: room.partnerB.name }, seq: 1, at: 0, actor: null });
    await alex.open({ type: "share.stated", content: stated.content, seq: 2, at: 0, actor: "partnerA" }, "partnerA");
    await alex.open({ type: "intentions.revealed", content: { partnerA: intended.content, partnerB: intended.content }, seq: 3, at: 0, actor: null });
    const edit = await alex.seal(
      "agreements.edit",
      { actionId: "e", type: "agreements.edit", baseVersion: 1, content: { agreedTrue: "We both care", unclear: "Sam: You left early", nextSteps: [{ who: "partnerA" as const, what: "Ask first", byWhen: "2026-12-07" }], practice: "" } },
      "partnerB",
    );
    expect(changedParts(roomDraft, edit.content)).toEqual(["agreedTrue"]);
    // Words changed are sealed afresh.
    const changed = await alex.seal("agreements.edit", { ...edit, content: { ...edit.content, unclear: "Sam: You left early, again" } }, "partnerB");
    expect(changedParts(roomDraft, changed.content)).toEqual(["agreedTrue", "unclear"]);
  });

  it("lists the same steps to look back on from the words as from their seals", async () => {
    const s = await sealer();
    const seal = async (what: string) => (await s.seal("agreements.edit", { actionId: "e", type: "agreements.edit", baseVersion: 1, content: { agreedTrue: "", unclear: "", nextSteps: [{ who: "both", what, byWhen: "2026-12-07" }], practice: "" } }, "partnerA")).content.nextSteps[0]!.what;
    const recap = (carried: string, fresh: string) =>
      ({
        agreements: { agreedTrue: "", unclear: "", practice: "", nextSteps: [{ who: "both", what: fresh, byWhen: "2026-12-07" }] },
        review: { items: [{ kind: "step", who: "both", what: carried, byWhen: null, carried: false }], marks: { partnerA: ["notYet"], partnerB: ["kept"] }, appreciations: { partnerA: null, partnerB: null } },
      }) as unknown as Recap;
    // The same step, left undone and agreed again in other words' case: on a device the words, on the server two seals.
    const onDevice = lookBackItems(recap("Ask first", "ask first"));
    const onServer = lookBackItems(recap(await seal("Ask first"), await seal("ask first")));
    expect(onDevice.map((i) => [i.kind, i.carried])).toEqual(onServer.map((i) => [i.kind, i.carried]));
    expect(onDevice).toHaveLength(2);
  });

  it("lets joined lines stand only where the room joins them, and only a few", async () => {
    const s = await sealer();
    const name = (await s.seal("lobby.setName", { actionId: "n", type: "lobby.setName", content: { name: "Sam" } }, "partnerA")).content.name;
    const line = [name, name] as const;
    const edit = (unclear: string, agreedTrue = "") => ({ actionId: "action-01", type: "agreements.edit", baseVersion: 1, content: { agreedTrue, unclear, nextSteps: [], practice: "" } });
    expect(parseOrRefuse(intentSchema, edit(joinSealed([line])))).toMatchObject({ ok: true });
    // Elsewhere they are only characters, held to the field's own limit (and no device opens them there).
    const many = joinSealed(Array.from({ length: 40 }, () => line));
    expect(many.length).toBeGreaterThan(2_000);
    expect(parseOrRefuse(intentSchema, edit(joinSealed(Array.from({ length: 20 }, () => line))))).toMatchObject({ ok: true });
    expect(parseOrRefuse(intentSchema, edit("", many))).toMatchObject({ ok: false, code: "too_long", field: "content.agreedTrue" });
    expect(parseOrRefuse(intentSchema, edit(joinSealed(Array.from({ length: 21 }, () => line))))).toMatchObject({ ok: false, code: "too_long" });
    expect(parseOrRefuse(intentSchema, { actionId: "action-01", type: "lobby.setName", content: { name: joinSealed([line]) } })).toMatchObject({ ok: false });
  });

  it("keeps a coach's notes to links that hold the coach key", async () => {
    const coach = await sealer();
    const note = await coach.seal("note", { text: "They listened well." }, "observer");
    expect(note.text).toMatch(/^~s1:c:note:/);
    expect((await coach.open([{ id: "n1", sessionOrdinal: 1, text: note.text, at: 0 }]))[0]!.text).toBe("They listened well.");
    const partner = await RoomSealer.create({ room: keys.room });
    expect((await partner.open([{ id: "n1", sessionOrdinal: 1, text: note.text, at: 0 }]))[0]!.text).toBe(unopenedWords);
    await expect(partner.seal("note", { text: "x" }, "observer")).rejects.toThrow(/coach/);
    // Not as someone's appreciation either, even on the coach's own device.
    const asAppreciation = await coach.open({ type: "review.appreciated", content: { text: note.text }, seq: 4, at: 0, actor: "partnerA" }, "partnerA");
    expect(asAppreciation.content.text).toBe(unopenedWords);
  });

  it("tells the server a sealed text's size, and refuses a seal too long for its field", async () => {
    const s = await sealer();
    const room = (topic: string) => ({ topic, partnerA: { name: "Sam" }, partnerB: { name: "Alex" } });
    for (const topic of ["a".repeat(120), "💬".repeat(60), "é".repeat(120)]) {
      const sealed = await s.seal("createRoom", room(topic), "partnerA");
      expect(parseOrRefuse(createRoomSchema, sealed)).toMatchObject({ ok: true });
    }
    const tooLong = await s.seal("createRoom", room("a".repeat(1_000)), "partnerA");
    expect(sealedFits(tooLong.topic, 120)).toBe(false);
    expect(parseOrRefuse(createRoomSchema, tooLong)).toMatchObject({ ok: false, code: "too_long", field: "topic" });
    expect(parseOrRefuse(createRoomSchema, room("~s1:r:topic:nonsense"))).toMatchObject({ ok: false, code: "invalid_input", field: "topic" });
  });

  it("opens any words, whatever they hold", async () => {
    const s = await sealer();
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", minLength: 1, maxLength: 200 }), async (words) => {
        const sealed = await s.seal("review.appreciate", { actionId: "a", type: "review.appreciate", content: { text: words } }, "partnerB");
        expect(isSealed(sealed.content.text)).toBe(true);
        const opened = await s.open({ type: "review.appreciated", content: sealed.content, seq: 1, at: 0, actor: "partnerB" }, "partnerB");
        expect(opened.content.text).toBe(words);
      }),
      { numRuns: 200 },
    );
  });
});

describe("a link's fragment", () => {
  const token = "t".repeat(43);
  it("carries the token and the keys, and reads links made before sealing as the token alone", () => {
    const both = { token, keys: { room: "r".repeat(43), coach: "c".repeat(43) } };
    expect(parseLinkSecret(formatLinkSecret(both))).toEqual(both);
    expect(parseLinkSecret(formatLinkSecret({ token, keys: { room: "r".repeat(43) } }))).toEqual({ token, keys: { room: "r".repeat(43) } });
    expect(parseLinkSecret(token)).toEqual({ token, keys: null });
    expect(parseLinkSecret(`${token}.short`)).toEqual({ token, keys: null });
  });
});
