import type { APIRequestContext } from "@playwright/test";
import { linkWithKeys, newRoomKey, RoomSealer, type RoomKeys } from "@repair-room/protocol";
import { expect } from "./fixtures";
import type { RoomLinks } from "./start-page";

/** The partners' names a room is made with, unless a test says otherwise. */
export interface RoomNames {
  partnerA?: string;
  partnerB?: string;
}

/**
 * A room made over the API (POST /api/rooms), as the start page makes it: the keys made here,
 * the topic and names sealed, the keys added to the links' fragments. Returns its three links
 * (both partners' and the coach's). The one helper every spec makes rooms with.
 */
export async function newRoom(
  request: APIRequestContext,
  topic = "What I said about the holidays",
  { partnerA = "Sam", partnerB = "Alex" }: RoomNames = {},
): Promise<RoomLinks> {
  const keys: RoomKeys = { room: newRoomKey(), coach: newRoomKey() };
  const sealer = await RoomSealer.create(keys);
  const data = await sealer.seal("createRoom", { topic, partnerA: { name: partnerA }, partnerB: { name: partnerB } }, "partnerA");
  const response = await request.post("/api/rooms", { data });
  expect(response.status()).toBe(201);
  const { links } = (await response.json()) as { links: RoomLinks };
  const withKeys = (link: string, held: RoomKeys) => {
    const keyed = linkWithKeys(link, held);
    if (!keyed) throw new Error(`a link with no fragment for its key: ${link}`);
    return keyed;
  };
  return {
    partnerA: withKeys(links.partnerA, { room: keys.room }),
    partnerB: withKeys(links.partnerB, { room: keys.room }),
    observer: withKeys(links.observer, keys),
  };
}

/** A room made as it was before sealing: plain words, links with the token alone. */
export async function newPlainRoom(request: APIRequestContext, topic = "What I said about the holidays"): Promise<RoomLinks> {
  const response = await request.post("/api/rooms", { data: { topic, partnerA: { name: "Sam" }, partnerB: { name: "Alex" } } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { links: RoomLinks }).links;
}
