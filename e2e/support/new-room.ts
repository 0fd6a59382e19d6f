import type { APIRequestContext } from "@playwright/test";
import { expect } from "./fixtures";
import type { RoomLinks } from "./start-page";

/** The partners' names a room is made with, unless a test says otherwise. */
export interface RoomNames {
  partnerA?: string;
  partnerB?: string;
}

/**
 * A room made over the API (POST /api/rooms), as the start page would make it; returns its
 * three links (both partners' and the coach's). The one helper every spec makes rooms with.
 */
export async function newRoom(
  request: APIRequestContext,
  topic = "What I said about the holidays",
  { partnerA = "Sam", partnerB = "Alex" }: RoomNames = {},
): Promise<RoomLinks> {
  const response = await request.post("/api/rooms", { data: { topic, partnerA: { name: partnerA }, partnerB: { name: partnerB } } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { links: RoomLinks }).links;
}
