import { expect, type Locator, type Page } from "@playwright/test";

type Seat = "partnerA" | "partnerB" | "observer";
type Phase = "lobby" | "review" | "checkIn" | "share" | "intentions" | "agreements" | "closed";

/** One person's room tab. Waits on what the page shows, or on its exposed `data-last-seq`. */
export class RoomPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(".room");
  }

  async open(link: string, seat: Seat): Promise<void> {
    await this.page.goto(link);
    await this.waitUntilOpen(seat);
  }

  async waitUntilOpen(seat?: Seat): Promise<void> {
    if (seat) await expect(this.root).toHaveAttribute("data-role", seat);
    await expect(this.root).toHaveAttribute("data-connection", "open");
  }

  async lastSeq(): Promise<number> {
    return Number(await this.root.getAttribute("data-last-seq"));
  }

  /** Resolves once this tab has folded every event up to `seq`. */
  async waitForSeq(seq: number): Promise<void> {
    await expect.poll(() => this.lastSeq()).toBeGreaterThanOrEqual(seq);
  }

  async waitForPhase(phase: Phase): Promise<void> {
    await expect(this.root).toHaveAttribute("data-phase", phase);
  }

  presenceOf(partner: "partnerA" | "partnerB"): Locator {
    return this.page.getByTestId(`presence-${partner}`);
  }

  readinessOf(partner: "partnerA" | "partnerB"): Locator {
    return this.page.getByTestId(`ready-${partner}`);
  }

  get readyButton(): Locator {
    return this.page.getByRole("button", { name: "I'm ready", exact: true });
  }

  /** The one sentence saying what comes next for this person. */
  get nextStep(): Locator {
    return this.page.getByTestId("next-step");
  }

  get phaseHeading(): Locator {
    return this.page.locator("#phase-heading");
  }

  get dialog(): Locator {
    return this.page.getByRole("dialog");
  }

  get timeline(): Locator {
    return this.page.getByTestId("timeline");
  }

  get recap(): Locator {
    return this.page.getByTestId("recap");
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole("button", { name });
  }

  // Steps a partner takes, as a person would: by the words on screen.

  async checkIn(feelings: { feeling: string; intensity?: number }[], note = ""): Promise<void> {
    for (const { feeling, intensity } of feelings) {
      await this.page.getByRole("button", { name: feeling, exact: true }).click();
      if (intensity) await this.page.getByRole("slider", { name: capitalised(feeling) }).fill(String(intensity));
    }
    if (note) await this.field("Anything you'd like to add? (optional)").fill(note);
    await this.button("Share my check-in").click();
  }

  async fillStatement(statement: { happened: string; felt: string; needed?: string }): Promise<void> {
    await this.field("What happened for me…").fill(statement.happened);
    await this.field("I felt…").fill(statement.felt);
    if (statement.needed) await this.field("I needed… (optional)").fill(statement.needed);
  }

  async share(statement: { happened: string; felt: string; needed?: string }, to: string): Promise<void> {
    await this.fillStatement(statement);
    await this.button(`Share this with ${to}`).click();
  }

  async reflect(reflection: { heard: string; feeling: string }): Promise<void> {
    await this.field("What I heard is…").fill(reflection.heard);
    await this.field("It sounds like you felt…").fill(reflection.feeling);
    await this.button("Send my reflection").click();
  }

  async notQuite(clarification: string, listener: string): Promise<void> {
    await this.button("Not quite").click();
    await this.field("What was missed?").fill(clarification);
    await this.button(`Send, so ${listener} can try again`).click();
  }

  async intend(intention: { intended: string; impact: string; action: string }): Promise<void> {
    await this.field("What I intended or hoped for…").fill(intention.intended);
    await this.field("How it may have landed for you…").fill(intention.impact);
    await this.field("One thing I will do…").fill(intention.action);
    await this.button("Share my intention").click();
  }

  async appreciate(text: string): Promise<void> {
    await this.field("One thing I appreciated…").fill(text);
    await this.button("Add my appreciation").click();
  }

  /** Raise the pause signal with one of its three lengths. */
  async pause(minutes: 2 | 5 | 20): Promise<void> {
    await this.button("Pause").click();
    await this.button(new RegExp(`^${minutes} minutes`)).click();
  }
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
