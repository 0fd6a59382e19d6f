import { describe, expect, it } from "vitest";
import { addressKey, clientAddress } from "../src/limits/address.js";
import { createLimits } from "../src/limits/limits.js";
import { BurstyWindows } from "../src/limits/windows.js";

describe("who a limit counts", () => {
  it("counts IPv4 per address, also when mapped into IPv6", () => {
    expect(addressKey("203.0.113.7")).toBe("203.0.113.7");
    expect(addressKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("counts every address of an IPv6 /64 as one, however it is written", () => {
    const keys = ["2001:db8:aa:bb::1", "2001:0db8:00aa:00bb:ffff:ffff:ffff:ffff", "2001:db8:aa:bb:1234:5678:9abc:def0"].map(addressKey);
    expect(new Set(keys).size).toBe(1);
    expect(addressKey("2001:db8:aa:bc::1")).not.toBe(keys[0]);
  });

  it("keeps what isn't an address as it is", () => {
    expect(addressKey("unknown")).toBe("unknown");
  });

  it("believes X-Forwarded-For only behind a trusted proxy, and then its first address", () => {
    expect(clientAddress("10.0.0.2", "198.51.100.1, 10.0.0.9", true)).toBe("198.51.100.1");
    expect(clientAddress("10.0.0.2", "198.51.100.1", false)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", undefined, true)).toBe("10.0.0.2");
  });
});

describe("the limits", () => {
  const rates = {
    seatRequests: { perSecond: 2, burst: 3, burstSeconds: 10 },
    addressRequests: { perSecond: 4, burst: 6, burstSeconds: 10 },
    linkConnections: { perMinute: 2, burst: 1 },
    addressConnections: { perMinute: 5, burst: 0 },
  };

  it("lets a seat spend its steady rate and burst, then says how long to wait", async () => {
    const limits = createLimits({ rates });
    const verdicts = [];
    for (let i = 0; i < 7; i++) verdicts.push(limits.request("seat-1", "a"));
    expect(verdicts.filter((v) => v.ok)).toHaveLength(5);
    const refused = verdicts.at(-1);
    expect(refused).toMatchObject({ ok: false });
    expect(refused && !refused.ok && refused.retryAfterMs).toBeGreaterThan(0);
    await limits.close();
  });

  it("shares an address's budget between its seats", async () => {
    const limits = createLimits({ rates });
    const spent = [];
    for (const seat of ["s1", "s2", "s3", "s4"]) for (let i = 0; i < 4; i++) spent.push(limits.request(seat, "home").ok);
    expect(spent.filter(Boolean)).toHaveLength(10);
    // Another address is not held back by it.
    expect(limits.request("s5", "elsewhere")).toEqual({ ok: true });
    await limits.close();
  });

  it("caps connection attempts per link, whichever address they come from", async () => {
    const limits = createLimits({ rates });
    const verdicts = [];
    for (let i = 0; i < 5; i++) verdicts.push((await limits.connection("link-1", `addr-${i}`)).ok);
    expect(verdicts).toEqual([true, true, true, false, false]);
    await limits.close();
  });
});

describe("a steady rate with a burst on top", () => {
  const rate = { steady: { points: 2, ms: 1_000 }, burst: { points: 3, ms: 10_000 } };
  const at = (start: number) => {
    const clock = { now: start };
    return { clock, windows: new BurstyWindows(rate, () => clock.now) };
  };

  it("spends the steady points, then the burst's, then says when the first window reopens", () => {
    const { windows } = at(5_000);
    const verdicts = Array.from({ length: 6 }, () => windows.spend("k"));
    expect(verdicts.map((v) => v.ok)).toEqual([true, true, true, true, true, false]);
    expect(verdicts[5]).toEqual({ ok: false, retryAfterMs: 1_000 });
    windows.close();
  });

  it("gives the steady points back each second, while the burst stays spent for its window", () => {
    const { clock, windows } = at(0);
    for (let i = 0; i < 5; i++) windows.spend("k");
    clock.now = 1_500;
    expect([windows.spend("k").ok, windows.spend("k").ok, windows.spend("k")]).toEqual([true, true, { ok: false, retryAfterMs: 1_000 }]);
    clock.now = 10_000;
    // Both windows have closed: a fresh start.
    expect(Array.from({ length: 5 }, () => windows.spend("k").ok)).toEqual([true, true, true, true, true]);
    windows.close();
  });

  it("counts a refused point, so hammering does not shorten the wait", () => {
    const { clock, windows } = at(0);
    for (let i = 0; i < 20; i++) windows.spend("k");
    clock.now = 9_999;
    // The steady window reopened, the burst's has 1 ms left and is spent.
    expect([windows.spend("k").ok, windows.spend("k").ok, windows.spend("k")]).toEqual([true, true, { ok: false, retryAfterMs: 1 }]);
    windows.close();
  });

  it("keeps each key's count apart", () => {
    const { windows } = at(0);
    for (let i = 0; i < 10; i++) windows.spend("a");
    expect(windows.spend("b")).toEqual({ ok: true });
    windows.close();
  });
});
