import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { refusalSchema } from "../src/errors.js";
import { eventBodySchema } from "../src/events.js";
import { intentSchema } from "../src/intents.js";
import { actionAckSchema, connectRefusalSchema, latestSchema, syncAckSchema } from "../src/messages/acks.js";
import { createRoomSchema } from "../src/messages/create-room.js";
import { noteAckSchema, observerNoteInputSchema, observerNoteSchema } from "../src/messages/notes.js";
import { welcomeSchema } from "../src/messages/welcome.js";
import { presenceSchema } from "../src/presence.js";
import { deleteRoomAckSchema, deleteRoomSchema, historyAckSchema, historyRequestSchema, reissueAckSchema, reissueLinkSchema } from "../src/room-admin.js";
import { handshakeSchema, syncRequestSchema, typingEventSchema, typingSchema } from "../src/socket.js";
import { protocolVersion } from "../src/version.js";

// When this fails, a schema changed: bump `protocolVersion` with a changelog line in
// version.ts, then record the new hash here beside it. Versions before 5 hashed the
// client's messages only.
const knownSchemas: Record<number, string> = {
  5: "6e0602d0841f5df2",
  6: "2690a7673aeb92fe",
  7: "a10f61b736fa1dd2",
  8: "479886ec0c44f205",
  9: "74d132d078c00f6a",
  10: "86fec44f372b4590",
};

/** Everything on the wire, both ways. */
const wire = {
  clientToServer: [intentSchema, createRoomSchema, handshakeSchema, syncRequestSchema, typingSchema, observerNoteInputSchema, historyRequestSchema, deleteRoomSchema, reissueLinkSchema],
  serverToClient: [
    welcomeSchema,
    eventBodySchema,
    presenceSchema,
    typingEventSchema,
    observerNoteSchema,
    refusalSchema,
    connectRefusalSchema,
    actionAckSchema,
    syncAckSchema,
    noteAckSchema,
    historyAckSchema,
    reissueAckSchema,
    deleteRoomAckSchema,
    latestSchema,
  ],
};

describe("the protocol version", () => {
  it("changes whenever the wire schemas change, in either direction", () => {
    const json = JSON.stringify({
      clientToServer: wire.clientToServer.map((s) => z.toJSONSchema(s, { io: "input" })),
      serverToClient: wire.serverToClient.map((s) => z.toJSONSchema(s, { io: "output", unrepresentable: "any" })),
    });
    const hash = createHash("sha256").update(json).digest("hex").slice(0, 16);
    expect(hash, `schemas changed: bump protocolVersion and record ${hash}`).toBe(knownSchemas[protocolVersion]);
  });
});
