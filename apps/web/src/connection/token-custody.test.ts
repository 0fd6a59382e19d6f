import { refusal } from "@repair-room/protocol";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fingerprint, pendingLinkKey, readPendingLink, writePendingLink } from "./pending-link";
import { created, oldToken, opened, roomId, setup, tearDown, welcome } from "./room-connection.fixture";
import { MemoryStorage } from "../test-support/memory-storage";

afterEach(tearDown);

describe("RoomConnection: a new link for this seat", () => {
  /** The first request key the fixture makes. */
  const key = "1".padStart(43, "Q");
  /** The room's token for the new link: nothing the device made. */
  const roomsToken = "n".repeat(43);
  const kept = "k".repeat(43);
  const linkOf = (token: string) => `http://localhost/r/${roomId}#${token}`;
  const revoked = () => Object.assign(new Error("refused"), { data: { refusal: refusal("link_revoked") } });

  it("sends a request key made and kept here before asking, and adopts the room's token from the answer, not the key", async () => {
    const { socket, view, conn, store } = setup();
    socket.fire("welcome", welcome([created, opened]));
    const asked = conn.reissueLink();
    const [sent] = socket.emittedOf("reissueLink");
    expect(sent?.payload).toEqual({ request: key });
    // Kept before the request left, under this room and seat, beside a fingerprint of the old link.
    expect(readPendingLink(roomId, "partnerA", store)).toEqual({ request: key, replaces: fingerprint(oldToken) });
    expect(store.getItem(pendingLinkKey(roomId, "partnerA"))).not.toContain(oldToken);
    expect(conn.currentToken).toBe(oldToken);

    sent?.ack(null, { ok: true, link: linkOf(roomsToken) });
    await expect(asked).resolves.toEqual({ ok: true, link: linkOf(roomsToken) });
    expect(view()?.token).toBe(roomsToken);
    expect(conn.currentToken).toBe(roomsToken);
    expect(conn.currentToken).not.toBe(key);
    expect(readPendingLink(roomId, "partnerA", store)).toBeNull();
    // Both links are this seat's: an address showing the old one is put right, not restarted.
    // The key never was a link.
    expect(conn.hasHeld(oldToken)).toBe(true);
    expect(conn.hasHeld(roomsToken)).toBe(true);
    expect(conn.hasHeld(key)).toBe(false);
    expect(conn.hasHeld("x".repeat(43))).toBe(false);
    // Every later reconnect uses the new link, and claims nothing.
    socket.fire("disconnect", "transport close");
    expect(socket.authSent()).toEqual({ roomId, token: roomsToken, lastSeq: 2 });
  });

  it("keeps the key when no answer comes, and asks again with the same one", async () => {
    const { socket, view, conn, store, keysMade } = setup();
    socket.fire("welcome", welcome([created, opened]));
    const asked = conn.reissueLink();
    socket.emittedOf("reissueLink")[0]?.ack(new Error("operation has timed out"));
    await expect(asked).resolves.toMatchObject({ ok: false, code: "unavailable" });
    expect(conn.currentToken).toBe(oldToken);
    expect(view()?.token).toBe(oldToken);
    expect(readPendingLink(roomId, "partnerA", store)?.request).toBe(key);

    const again = conn.reissueLink();
    expect(socket.emittedOf("reissueLink")[1]?.payload).toEqual({ request: key });
    expect(keysMade()).toBe(1);
    socket.emittedOf("reissueLink")[1]?.ack(null, { ok: true, link: linkOf(roomsToken) });
    await again;
    expect(conn.currentToken).toBe(roomsToken);
    expect(readPendingLink(roomId, "partnerA", store)).toBeNull();
  });

  it("with storage blocked, keeps the key in memory: asks again with it, and claims with it", async () => {
    const blocked = new MemoryStorage();
    blocked.setItem = () => {
      throw new Error("QuotaExceededError");
    };
    const { socket, conn, keysMade } = setup(undefined, blocked);
    socket.fire("welcome", welcome([created, opened]));
    const asked = conn.reissueLink();
    socket.emittedOf("reissueLink")[0]?.ack(new Error("operation has timed out"));
    await asked;
    expect(blocked.items.size).toBe(0);
    const again = conn.reissueLink();
    expect(socket.emittedOf("reissueLink")[1]?.payload).toEqual({ request: key });
    socket.emittedOf("reissueLink")[1]?.ack(new Error("operation has timed out"));
    await again;
    expect(keysMade()).toBe(1);

    socket.fire("disconnect", "transport close");
    socket.fire("connect_error", revoked());
    expect(socket.authSent()).toMatchObject({ token: oldToken, reissue: key });
    socket.fire("welcome", { ...welcome([created, opened]), reissuedToken: roomsToken });
    expect(conn.currentToken).toBe(roomsToken);
    // Nothing pending any more: a new link now is a new request.
    void conn.reissueLink();
    expect(socket.emittedOf("reissueLink")[2]?.payload).toEqual({ request: "2".padStart(43, "Q") });
  });

  it("also keeps asking with the same key after a reload (it is in storage), and forgets it on a refusal", async () => {
    const store = new MemoryStorage();
    writePendingLink(roomId, "partnerA", { request: kept, replaces: fingerprint(oldToken) }, store);
    const { socket, conn, keysMade } = setup(undefined, store);
    socket.fire("welcome", welcome([created, opened]));
    const asked = conn.reissueLink();
    expect(socket.emittedOf("reissueLink")[0]?.payload).toEqual({ request: kept });
    expect(keysMade()).toBe(0);
    socket.emittedOf("reissueLink")[0]?.ack(null, refusal("link_revoked"));
    await expect(asked).resolves.toMatchObject({ ok: false, code: "link_revoked" });
    expect(conn.currentToken).toBe(oldToken);
    expect(readPendingLink(roomId, "partnerA", store)).toBeNull();
  });

  it("an answer whose link holds no token is not adopted: the key stays kept for a claim", async () => {
    const { socket, conn, store } = setup();
    socket.fire("welcome", welcome([created, opened]));
    const asked = conn.reissueLink();
    socket.emittedOf("reissueLink")[0]?.ack(null, { ok: true, link: `http://localhost/r/${roomId}` });
    await expect(asked).resolves.toMatchObject({ ok: false, code: "internal" });
    expect(conn.currentToken).toBe(oldToken);
    expect(readPendingLink(roomId, "partnerA", store)?.request).toBe(key);
  });

  it("turned away on its old link after an answer that never came, claims the new seat with the old token and the key, and carries on with the room's token", async () => {
    const { socket, view, conn, store } = setup();
    socket.fire("welcome", welcome([created, opened]));
    const asked = conn.reissueLink();
    // The room took it, but the line dropped before the answer.
    socket.emittedOf("reissueLink")[0]?.ack(new Error("operation has timed out"));
    await asked;
    socket.fire("disconnect", "transport close");
    expect(socket.authSent()).toEqual({ roomId, token: oldToken, lastSeq: 2 });
    socket.active = false;
    socket.fire("connect_error", revoked());
    expect(view()?.status).not.toBe("refused");
    expect(socket.connects).toBe(1);
    // The old token (the key alone opens nothing) with the kept key as `reissue`.
    expect(socket.authSent()).toEqual({ roomId, token: oldToken, lastSeq: 2, reissue: key });

    socket.fire("welcome", { ...welcome([created, opened]), reissuedToken: roomsToken });
    expect(view()?.status).toBe("open");
    expect(view()?.token).toBe(roomsToken);
    expect(conn.currentToken).toBe(roomsToken);
    expect(conn.hasHeld(oldToken)).toBe(true);
    expect(conn.hasHeld(key)).toBe(false);
    expect(readPendingLink(roomId, "partnerA", store)).toBeNull();
    // Later reconnects use the new token, and claim nothing.
    socket.fire("disconnect", "transport close");
    expect(socket.authSent()).toEqual({ roomId, token: roomsToken, lastSeq: 2 });
  });

  it("on a fresh page (seat not known yet), claims with the key kept for the refused link", () => {
    const store = new MemoryStorage();
    writePendingLink(roomId, "partnerB", { request: kept, replaces: fingerprint(oldToken) }, store);
    const { socket, view, conn } = setup(undefined, store);
    socket.fire("connect_error", revoked());
    expect(socket.authSent()).toMatchObject({ token: oldToken, reissue: kept });
    socket.fire("welcome", { ...welcome([created, opened]), role: "partnerB", reissuedToken: roomsToken });
    expect(view()?.status).toBe("open");
    expect(conn.currentToken).toBe(roomsToken);
    expect(readPendingLink(roomId, "partnerB", store)).toBeNull();
  });

  it("the claim refused too: forgets the key, shows that the link was replaced, and stops", () => {
    vi.useFakeTimers();
    const store = new MemoryStorage();
    writePendingLink(roomId, "partnerA", { request: kept, replaces: fingerprint(oldToken) }, store);
    const { socket, view, conn } = setup(undefined, store);
    socket.active = false;
    socket.fire("connect_error", revoked());
    expect(socket.connects).toBe(1);
    expect(socket.authSent()).toMatchObject({ reissue: kept });
    // The room refuses every failed claim the same way.
    socket.fire("connect_error", revoked());
    expect(view()?.status).toBe("refused");
    expect(view()?.refusal?.code).toBe("link_revoked");
    expect(conn.currentToken).toBe(oldToken);
    expect(readPendingLink(roomId, "partnerA", store)).toBeNull();
    expect(socket.authSent()).toEqual({ roomId, token: oldToken, lastSeq: 0 });
    vi.advanceTimersByTime(60_000);
    expect(socket.connects).toBe(1);
  });

  it("a claim refused for another reason shows that reason (the room is gone, say)", () => {
    const store = new MemoryStorage();
    writePendingLink(roomId, "partnerA", { request: kept, replaces: fingerprint(oldToken) }, store);
    const { socket, view } = setup(undefined, store);
    socket.fire("connect_error", revoked());
    socket.fire("connect_error", Object.assign(new Error("refused"), { data: { refusal: refusal("room_deleted") } }));
    expect(view()?.refusal?.code).toBe("room_deleted");
  });

  it("never claims with a key kept for another link, nor when the refusal is not about a replaced link", () => {
    const store = new MemoryStorage();
    writePendingLink(roomId, "partnerA", { request: kept, replaces: fingerprint("x".repeat(43)) }, store);
    const { socket, view } = setup(undefined, store);
    socket.fire("connect_error", revoked());
    expect(view()?.status).toBe("refused");
    expect(socket.connects).toBe(0);
    expect(socket.authSent()).not.toHaveProperty("reissue");

    const other = new MemoryStorage();
    writePendingLink(roomId, "partnerA", { request: kept, replaces: fingerprint(oldToken) }, other);
    const second = setup(undefined, other);
    second.socket.fire("connect_error", Object.assign(new Error("refused"), { data: { refusal: refusal("room_deleted") } }));
    expect(second.view()?.status).toBe("refused");
    expect(second.socket.connects).toBe(0);
    expect(second.socket.authSent()).not.toHaveProperty("reissue");
  });

  it("closed on its old link while connected (the room told it), claims with the kept key too", () => {
    const store = new MemoryStorage();
    const { socket, view, conn } = setup(undefined, store);
    socket.fire("welcome", welcome([created, opened]));
    writePendingLink(roomId, "partnerA", { request: kept, replaces: fingerprint(oldToken) }, store);
    socket.fire("closing", refusal("link_revoked"));
    socket.fire("disconnect", "io server disconnect");
    expect(view()?.status).toBe("reconnecting");
    expect(socket.authSent()).toMatchObject({ token: oldToken, reissue: kept });
    socket.fire("welcome", { ...welcome([created, opened]), reissuedToken: roomsToken });
    expect(conn.currentToken).toBe(roomsToken);
    expect(view()?.status).toBe("open");
  });
});
