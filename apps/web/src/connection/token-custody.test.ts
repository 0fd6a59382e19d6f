import { refusal } from "@repair-room/protocol";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fingerprint, pendingLinkKey, readPendingLink, writePendingLink } from "./pending-link";
import { created, oldToken, opened, roomId, setup, tearDown, welcome } from "./room-connection.fixture";
import { MemoryStorage } from "../test-support/memory-storage";

afterEach(tearDown);

describe("RoomConnection: a new link for this seat", () => {
  const first = "1".padStart(43, "N");
  const linkOf = (token: string) => `http://localhost/r/${roomId}#${token}`;
  const revoked = () => Object.assign(new Error("refused"), { data: { refusal: refusal("link_revoked") } });

  it("makes the token here, keeps it before asking, and adopts it on the answer", async () => {
    const { socket, view, conn, store } = setup();
    socket.fire("welcome", welcome([created, opened]));
    const asked = conn.reissueLink();
    const [sent] = socket.emittedOf("reissueLink");
    expect(sent?.payload).toEqual({ token: first });
    // Kept before the request left, under this room and seat, beside a fingerprint of the old link.
    expect(readPendingLink(roomId, "partnerA", store)).toEqual({ token: first, replaces: fingerprint(oldToken) });
    expect(store.getItem(pendingLinkKey(roomId, "partnerA"))).not.toContain(oldToken);
    expect(conn.currentToken).toBe(oldToken);

    sent?.ack(null, { ok: true, link: linkOf(first) });
    await expect(asked).resolves.toEqual({ ok: true, link: linkOf(first) });
    expect(view()?.token).toBe(first);
    expect(conn.currentToken).toBe(first);
    expect(readPendingLink(roomId, "partnerA", store)).toBeNull();
    // Both are this seat's: an address showing the old one is put right, not restarted.
    expect(conn.hasHeld(oldToken)).toBe(true);
    expect(conn.hasHeld(first)).toBe(true);
    expect(conn.hasHeld("x".repeat(43))).toBe(false);
    // Every later reconnect uses the new link.
    socket.fire("disconnect", "transport close");
    expect(socket.tokenSent()).toBe(first);
  });

  it("keeps the token when no answer comes, and asks again with the same one", async () => {
    const { socket, view, conn, store, tokensMade } = setup();
    socket.fire("welcome", welcome([created, opened]));
    const asked = conn.reissueLink();
    socket.emittedOf("reissueLink")[0]?.ack(new Error("operation has timed out"));
    await expect(asked).resolves.toMatchObject({ ok: false, code: "unavailable" });
    expect(conn.currentToken).toBe(oldToken);
    expect(view()?.token).toBe(oldToken);
    expect(readPendingLink(roomId, "partnerA", store)?.token).toBe(first);

    const again = conn.reissueLink();
    expect(socket.emittedOf("reissueLink")[1]?.payload).toEqual({ token: first });
    expect(tokensMade()).toBe(1);
    socket.emittedOf("reissueLink")[1]?.ack(null, { ok: true, link: linkOf(first) });
    await again;
    expect(conn.currentToken).toBe(first);
    expect(readPendingLink(roomId, "partnerA", store)).toBeNull();
  });

  it("also keeps asking with the same token after a reload (it is in storage), and forgets it on a refusal", async () => {
    const store = new MemoryStorage();
    writePendingLink(roomId, "partnerA", { token: "k".repeat(43), replaces: fingerprint(oldToken) }, store);
    const { socket, conn, tokensMade } = setup(undefined, store);
    socket.fire("welcome", welcome([created, opened]));
    const asked = conn.reissueLink();
    expect(socket.emittedOf("reissueLink")[0]?.payload).toEqual({ token: "k".repeat(43) });
    expect(tokensMade()).toBe(0);
    socket.emittedOf("reissueLink")[0]?.ack(null, refusal("link_revoked"));
    await expect(asked).resolves.toMatchObject({ ok: false, code: "link_revoked" });
    expect(conn.currentToken).toBe(oldToken);
    expect(readPendingLink(roomId, "partnerA", store)).toBeNull();
  });

  it("refused on its old link after an answer that never came, tries the kept token once and carries on with it", async () => {
    const { socket, view, conn, store } = setup();
    socket.fire("welcome", welcome([created, opened]));
    const asked = conn.reissueLink();
    // The room took it, but the line dropped before the answer.
    socket.emittedOf("reissueLink")[0]?.ack(new Error("operation has timed out"));
    await asked;
    socket.fire("disconnect", "transport close");
    expect(socket.tokenSent()).toBe(oldToken);
    socket.active = false;
    socket.fire("connect_error", revoked());
    expect(view()?.status).not.toBe("refused");
    expect(socket.connects).toBe(1);
    expect(socket.tokenSent()).toBe(first);

    socket.fire("welcome", welcome([created, opened]));
    expect(view()?.status).toBe("open");
    expect(view()?.token).toBe(first);
    expect(conn.currentToken).toBe(first);
    expect(conn.hasHeld(oldToken)).toBe(true);
    expect(readPendingLink(roomId, "partnerA", store)).toBeNull();
  });

  it("on a fresh page (seat not known yet), finds the token kept for the refused link", () => {
    const store = new MemoryStorage();
    writePendingLink(roomId, "partnerB", { token: "k".repeat(43), replaces: fingerprint(oldToken) }, store);
    const { socket, view, conn } = setup(undefined, store);
    socket.fire("connect_error", revoked());
    expect(socket.tokenSent()).toBe("k".repeat(43));
    socket.fire("welcome", { ...welcome([created, opened]), role: "partnerB" });
    expect(view()?.status).toBe("open");
    expect(conn.currentToken).toBe("k".repeat(43));
    expect(readPendingLink(roomId, "partnerB", store)).toBeNull();
  });

  it("refused on the kept token too: forgets it, shows that the link was replaced, and stops", () => {
    vi.useFakeTimers();
    const store = new MemoryStorage();
    writePendingLink(roomId, "partnerA", { token: "k".repeat(43), replaces: fingerprint(oldToken) }, store);
    const { socket, view, conn } = setup(undefined, store);
    socket.active = false;
    socket.fire("connect_error", revoked());
    expect(socket.connects).toBe(1);
    socket.fire("connect_error", Object.assign(new Error("refused"), { data: { refusal: refusal("invalid_link") } }));
    expect(view()?.status).toBe("refused");
    expect(view()?.refusal?.code).toBe("link_revoked");
    expect(conn.currentToken).toBe(oldToken);
    expect(readPendingLink(roomId, "partnerA", store)).toBeNull();
    vi.advanceTimersByTime(60_000);
    expect(socket.connects).toBe(1);
  });

  it("never tries a token kept for another link, nor when the refusal is not about a replaced link", () => {
    const store = new MemoryStorage();
    writePendingLink(roomId, "partnerA", { token: "k".repeat(43), replaces: fingerprint("x".repeat(43)) }, store);
    const { socket, view } = setup(undefined, store);
    socket.fire("connect_error", revoked());
    expect(view()?.status).toBe("refused");
    expect(socket.connects).toBe(0);

    const kept = new MemoryStorage();
    writePendingLink(roomId, "partnerA", { token: "k".repeat(43), replaces: fingerprint(oldToken) }, kept);
    const other = setup(undefined, kept);
    other.socket.fire("connect_error", Object.assign(new Error("refused"), { data: { refusal: refusal("room_deleted") } }));
    expect(other.view()?.status).toBe("refused");
    expect(other.socket.connects).toBe(0);
  });

  it("closed on its old link while connected (the room told it), tries the kept token too", () => {
    const store = new MemoryStorage();
    const { socket, view, conn } = setup(undefined, store);
    socket.fire("welcome", welcome([created, opened]));
    writePendingLink(roomId, "partnerA", { token: "k".repeat(43), replaces: fingerprint(oldToken) }, store);
    socket.fire("closing", refusal("link_revoked"));
    socket.fire("disconnect", "io server disconnect");
    expect(view()?.status).toBe("reconnecting");
    expect(socket.tokenSent()).toBe("k".repeat(43));
    socket.fire("welcome", welcome([created, opened]));
    expect(conn.currentToken).toBe("k".repeat(43));
    expect(view()?.status).toBe("open");
  });
});
