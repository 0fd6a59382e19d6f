import { describe, expect, it } from "vitest";
import { addressKey, clientAddress } from "../src/limits/address.js";
import { createLimits } from "../src/limits/limits.js";

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
    for (let i = 0; i < 7; i++) verdicts.push(await limits.request("seat-1", "a"));
    expect(verdicts.filter((v) => v.ok)).toHaveLength(5);
    const refused = verdicts.at(-1);
    expect(refused).toMatchObject({ ok: false });
    expect(refused && !refused.ok && refused.retryAfterMs).toBeGreaterThan(0);
    await limits.close();
  });

  it("shares an address's budget between its seats", async () => {
    const limits = createLimits({ rates });
    const spent = [];
    for (const seat of ["s1", "s2", "s3", "s4"]) for (let i = 0; i < 4; i++) spent.push((await limits.request(seat, "home")).ok);
    expect(spent.filter(Boolean)).toHaveLength(10);
    // Another address is not held back by it.
    expect(await limits.request("s5", "elsewhere")).toEqual({ ok: true });
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
