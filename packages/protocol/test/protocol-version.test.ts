import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { eventBodySchema } from "../src/events.js";
import { intentSchema } from "../src/intents.js";
import { createRoomSchema } from "../src/messages/create-room.js";
import { handshakeSchema, observerNoteInputSchema, syncRequestSchema, typingSchema } from "../src/socket.js";
import { deleteRoomSchema, reissueLinkSchema } from "../src/room-admin.js";
import { protocolVersion } from "../src/version.js";

// When this fails, a schema changed: bump `protocolVersion` with a changelog line in
// version.ts, then record the new hash here beside it.
const knownSchemas: Record<number, string> = {
  1: "f6ff9d5d90728ac2",
  2: "6434d6c0b8ed814c",
  // 3 changed the welcome and the history answer, which are not zod schemas: the same hash.
  3: "6434d6c0b8ed814c",
  4: "487083a8fa0dc1c2",
};

describe("the protocol version", () => {
  it("changes whenever the wire schemas change", () => {
    const json = JSON.stringify(
      [intentSchema, eventBodySchema, createRoomSchema, handshakeSchema, syncRequestSchema, typingSchema, observerNoteInputSchema, deleteRoomSchema, reissueLinkSchema].map((s) => z.toJSONSchema(s, { io: "input" })),
    );
    const hash = createHash("sha256").update(json).digest("hex").slice(0, 16);
    expect(hash, `schemas changed: bump protocolVersion and record ${hash}`).toBe(knownSchemas[protocolVersion]);
  });
});
