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

export type Seat = "partnerA" | "partnerB" | "observer";

/** One browser context per person, as if each were on their own phone; each one guarded. */
export class People {
  private readonly contexts: BrowserContext[] = [];
  constructor(
    private readonly browser: Browser,
    private readonly guard: OriginGuard,
  ) {}

  async join(link: string, seat: Seat, options: BrowserContextOptions = {}): Promise<RoomPage> {
    const context = await this.browser.newContext(options);
    this.guard.watch(context);
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

export const test = base.extend<{ guard: OriginGuard; people: People }>({
  guard: [
    async ({ baseURL }, use) => {
      const guard = new OriginGuard(new URL(baseURL ?? "http://localhost").host);
      await use(guard);
      expect(guard.elsewhere, "requests to another origin").toEqual([]);
      expect(guard.cspViolations, "Content Security Policy violations").toEqual([]);
    },
    { auto: true },
  ],
  context: async ({ context, guard }, use) => {
    guard.watch(context);
    await use(context);
  },
  people: async ({ browser, guard }, use) => {
    const people = new People(browser, guard);
    await use(people);
    await people.closeAll();
  },
});
