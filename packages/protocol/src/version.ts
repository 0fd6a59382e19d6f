/**
 * The wire protocol's version. Bump it with a line below whenever a schema changes; a test
 * fails when the schemas' JSON Schema changes without a bump.
 *
 * 1 — rooms, seats, presence and `lobby.ready`.
 * 2 — every phase of a session: lobby edits, review, check-in, share and reflect,
 *     intentions, agreements, closing with a recap, the pause signal, stopping and adjourning;
 *     typing presence and observers' private notes; history, re-issued links, room deletion.
 * 3 — the welcome carries the server's clock; history carries each closed session's stored
 *     timeline, and observers' notes to observer seats.
 * 4 — a re-issued link's token is made by the device and sent with the request (idempotent).
 * 5 — the engine's options travel in the welcome (tries, pause lengths, limits) and pause
 *     lengths are the deployment's (a raise without minutes takes its default); a refusal may
 *     name a field. The version now covers what the server sends too.
 * 6 — intentions are an exchange: hidden until both are written (`intentions.revealed`), then
 *     each answers the other's (`intentions.acknowledge`); `agreements.edited` names the parts
 *     it changed; a follow-up looks back on carried steps and the practice (look-back items);
 *     a next step may be as long as an intention's action; recaps keep the answers.
 * 7 — the welcome starts a page at the current session (a snapshot of the room before it, then
 *     the session's events), catch-up answers come in pages, and `latest` tells pages the
 *     room's seq after news may have been lost.
 * 8 — one definition of a person's text (no NUL or other control characters, no lone
 *     surrogates, something visible, NFC) in every message, the delete confirmation too; a
 *     `rate_limited` refusal says when to try again (`retryAfterMs`).
 * 9 — a re-issued link's token is the room's randomness: the device sends a request key
 *     (`reissueLink.request`), and after a lost answer connects with its old token and that
 *     key (the handshake's `reissue`) to be welcomed with the new token (`reissuedToken`).
 *     A seq a client names (`lastSeq`, `afterSeq`) is at most `maxSeq`.
 * 10 — a person's words may travel sealed on their device (`~s1:…`, sealing/envelope.ts): every
 *     text field accepts a well-formed seal no longer than its limit allows, in intents, events
 *     and the delete confirmation alike; a stored recap's sentences name sealed partners by slots.
 */
export const protocolVersion = 10;
