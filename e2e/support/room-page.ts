import { expect, type Locator, type Page } from "@playwright/test";

type Seat = "partnerA" | "partnerB" | "observer";

/** One person's room tab. Waits on what the page shows, or on its exposed `data-last-seq`. */
export class RoomPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(".room");
  }

  async open(link: string, seat: Seat): Promise<void> {
    await this.page.goto(link);
    await expect(this.root).toHaveAttribute("data-role", seat);
    await expect(this.root).toHaveAttribute("data-connection", "open");
  }

  async lastSeq(): Promise<number> {
    return Number(await this.root.getAttribute("data-last-seq"));
  }

  /** Resolves once this tab has folded every event up to `seq`. */
  async waitForSeq(seq: number): Promise<void> {
    await expect.poll(() => this.lastSeq()).toBeGreaterThanOrEqual(seq);
  }

  presenceOf(partner: "partnerA" | "partnerB"): Locator {
    return this.page.getByTestId(`presence-${partner}`);
  }

  readinessOf(partner: "partnerA" | "partnerB"): Locator {
    return this.page.getByTestId(`ready-${partner}`);
  }

  get readyButton(): Locator {
    return this.page.getByRole("button", { name: "I'm ready" });
  }

  get checkInNext(): Locator {
    return this.page.getByTestId("check-in-next");
  }
}
