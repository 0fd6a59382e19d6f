/**
 * The wire protocol's version. Bump it with a line below whenever a schema changes; a test
 * fails when the schemas' JSON Schema changes without a bump.
 *
 * 1 — rooms, seats, presence and `lobby.ready`.
 */
export const protocolVersion = 1;
