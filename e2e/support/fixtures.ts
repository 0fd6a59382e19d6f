import { test as base, expect, type Browser, type BrowserContext, type BrowserContextOptions } from "@playwright/test";
import { RoomPage } from "./room-page";

export { expect };

/**
 * Every page in every test talks only to the app's own origin: no fonts, scripts, images or
 * sockets from anywhere else, and no Content Security Policy violation. A test that sees
 * anything else fails, whatever it was testing.
 */
export class OriginGuard {
  readonly elsewhere: string[] = [];
  readonly cspViolations: string[] = [];
  constructor(private readonly ownHost: string) {}

  watch(context: BrowserContext): void {
    context.on("request", (request) => {
      const url = new URL(request.url());
      if (url.protocol !== "data:" && url.host !== this.ownHost) this.elsewhere.push(request.url());
    });
    context.on("page", (page) =>
      page.on("websocket", (socket) => {
        if (new URL(socket.url()).host !== this.ownHost) this.elsewhere.push(socket.url());
      }),
    );
    context.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) this.cspViolations.push(message.text());
    });
  }
}

/**
 * Everything every page sends and receives: each request (address, headers, body) and each
 * WebSocket frame either way. The room's keys ride in the links' fragments, which browsers
 * never send; a test that sees a key (any fragment part after the token) leave a page fails,
 * whatever it was testing. A test can ask the same of the words people typed.
 */
export class WireWatch {
  readonly traffic: string[] = [];
  /** Every key a page was opened with. */
  readonly keys = new Set<string>();

  watch(context: BrowserContext): void {
    context.on("request", (request) => {
      this.traffic.push(`${request.method()} ${request.url()} ${JSON.stringify(request.headers())} ${request.postData() ?? ""}`);
    });
    context.on("page", (page) => {
      page.on("framenavigated", (frame) => this.keysIn(frame.url()));
      page.on("websocket", (socket) => {
        socket.on("framesent", ({ payload }) => void this.traffic.push(String(payload)));
        socket.on("framereceived", ({ payload }) => void this.traffic.push(String(payload)));
      });
    });
  }

  /** The keys in a link's fragment (`#token.roomKey[.coachKey]`). */
  keysIn(link: string): void {
    const fragment = link.split("#")[1] ?? "";
    for (const key of fragment.split(".").slice(1)) if (key.length >= 40) this.keys.add(key);
  }

  /** Each of `words` that went over the wire, in any request or frame. */
  sent(words: readonly string[]): string[] {
    const all = this.traffic.join("\n");
    return words.filter((w) => all.includes(w));
  }
}

export type Seat = "partnerA" | "partnerB" | "observer";

/** One browser context per person, as if each were on their own phone; each one guarded. */
export class People {
  private readonly contexts: BrowserContext[] = [];
  constructor(
    private readonly browser: Browser,
    private readonly guard: OriginGuard,
    private readonly wire: WireWatch,
  ) {}

  async join(link: string, seat: Seat, options: BrowserContextOptions = {}): Promise<RoomPage> {
    const context = await this.browser.newContext(options);
    this.guard.watch(context);
    this.wire.watch(context);
    this.wire.keysIn(link);
    this.contexts.push(context);
    const room = new RoomPage(await context.newPage());
    await room.open(link, seat);
    return room;
  }

  /** Both partners and the coach, each on a device of their own, joined in that order. */
  async joinAll(links: Record<Seat, string>): Promise<[sam: RoomPage, alex: RoomPage, coach: RoomPage]> {
    return [await this.join(links.partnerA, "partnerA"), await this.join(links.partnerB, "partnerB"), await this.join(links.observer, "observer")];
  }

  async closeAll(): Promise<void> {
    for (const context of this.contexts) await context.close();
  }
}

export const test = base.extend<{ guard: OriginGuard; wire: WireWatch; people: People }>({
  guard: [
    async ({ baseURL }, use) => {
      const guard = new OriginGuard(new URL(baseURL ?? "http://localhost").host);
      await use(guard);
      expect(guard.elsewhere, "requests to another origin").toEqual([]);
      expect(guard.cspViolations, "Content Security Policy violations").toEqual([]);
    },
    { auto: true },
  ],
  wire: [
    async ({}, use) => {
      const wire = new WireWatch();
      await use(wire);
      expect(wire.sent([...wire.keys]), "a room key sent from a page").toEqual([]);
    },
    { auto: true },
  ],
  context: async ({ context, guard, wire }, use) => {
    guard.watch(context);
    wire.watch(context);
    await use(context);
  },
  people: async ({ browser, guard, wire }, use) => {
    const people = new People(browser, guard, wire);
    await use(people);
    await people.closeAll();
  },
});
