import { createRoomSchema, parseOrRefuse, type CreatedRoom, type Role } from "@repair-room/protocol";
import type { FastifyInstance } from "fastify";
import type { RoomAuthority } from "../rooms/authority.js";
import { originOf, seatLink } from "../rooms/links.js";
import { addressKey } from "../limits/address.js";
import { noStore } from "./security-headers.js";

export function roomsRoutes(app: FastifyInstance, authority: RoomAuthority, options: { perMinute: number; publicUrl: string | null }): void {
  const { perMinute, publicUrl } = options;
  app.post(
    "/api/rooms",
    {
      config: {
        rateLimit: {
          max: perMinute,
          timeWindow: "1 minute",
          // Every address of an IPv6 /64 is one subscriber's: they share one budget.
          keyGenerator: (request) => addressKey(request.ip),
          errorResponseBuilder: (_request, context) => ({ statusCode: 429, retryAfterMs: context.ttl, message: "rate limited" }),
        },
      },
    },
    async (request, reply) => {
      const parsed = parseOrRefuse(createRoomSchema, request.body);
      if (!parsed.ok) return reply.code(400).send({ error: parsed });
      const { roomId, tokens } = await authority.createRoom(parsed.value);
      const origin = publicUrl ?? originOf(request.headers, request.protocol, request.host);
      const link = (role: Role) => seatLink(origin, roomId, tokens[role]);
      const body: CreatedRoom = {
        roomId,
        links: { partnerA: link("partnerA"), partnerB: link("partnerB"), observer: link("observer") },
      };
      // The links are the room's keys.
      return reply.code(201).header("cache-control", noStore).send(body);
    },
  );
}
