import { createRoomSchema, parseOrRefuse, type CreatedRoom, type Role } from "@repair-room/protocol";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { RoomAuthority } from "../rooms/authority.js";

export function roomsRoutes(app: FastifyInstance, authority: RoomAuthority, perMinute: number): void {
  app.post(
    "/api/rooms",
    { config: { rateLimit: { max: perMinute, timeWindow: "1 minute" } } },
    async (request, reply) => {
      const parsed = parseOrRefuse(createRoomSchema, request.body);
      if (!parsed.ok) return reply.code(400).send({ error: parsed });
      const { roomId, tokens } = await authority.createRoom(parsed.value);
      const origin = requestOrigin(request);
      const link = (role: Role) => `${origin}/r/${roomId}#${tokens[role]}`;
      const body: CreatedRoom = {
        roomId,
        links: { partnerA: link("partnerA"), partnerB: link("partnerB"), observer: link("observer") },
      };
      return reply.code(201).send(body);
    },
  );
}

/** The origin the person reached us on: links must open where the room was created. */
function requestOrigin(request: FastifyRequest): string {
  const origin = request.headers.origin;
  if (typeof origin === "string" && /^https?:\/\/[^/]+$/.test(origin)) return origin;
  return `${request.protocol}://${request.host}`;
}
