import { expect, type Locator, type Page } from "@playwright/test";
import { acknowledgementWords, feelingGroups, feelingLabel, type AcknowledgementChoice, type FeelingId } from "@repair-room/protocol";
import { press } from "./keyboard";
import { expectOneMainAction } from "./main-action";

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

  /** Waits for the phase, then checks its screen's main action (see `expectOneMainAction`). */
  async waitForPhase(phase: Phase): Promise<void> {
    await expect(this.root).toHaveAttribute("data-phase", phase);
    await this.expectOneMainAction();
  }

  /**
   * The live room shows at most one main action (`button primary`), wholly on screen without
   * scrolling at the page's size, and nothing else as loud: every step helper and `click`
   * check it, and specs call it for the screens they only look at.
   */
  async expectOneMainAction(): Promise<void> {
    await expectOneMainAction(this.page, `${await this.root.getAttribute("data-role")}'s page`);
  }

  /**
   * The main action named `name`, once the screen passes `expectOneMainAction` and that
   * control is the one styled primary. In a dialog (a pause, "welcome back") it is the dialog's.
   */
  async mainAction(name: string | RegExp): Promise<Locator> {
    await this.expectOneMainAction();
    const scope = (await this.dialog.isVisible()) ? this.dialog : this.page;
    const exact = typeof name === "string";
    const control = scope.getByRole("button", { name, exact }).or(scope.getByRole("link", { name, exact }));
    await expect(control, `"${String(name)}" is the main action`).toHaveClass(/(^|\s)primary(\s|$)/);
    return control;
  }

  /** Taps the main action named `name` (the one a person's thumb goes to next). */
  async click(name: string | RegExp): Promise<void> {
    await (await this.mainAction(name)).click();
  }

  /** Reaches the main action named `name` with Tab and presses it, as a keyboard user would. */
  async press(name: string | RegExp, key: "Enter" | "Space" = "Enter"): Promise<void> {
    await press(this.page, await this.mainAction(name), key);
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

  // Steps a partner takes, as a person would: by the words on screen. Each checks the screen's
  // main action on the way, and presses the step's own through `click`.

  /** Lobby: "I'm ready". */
  async ready(): Promise<void> {
    await this.click("I'm ready");
  }

  /** Chooses a feeling as a person does: its kind first (one kind's words show at a time), then the word. */
  async pickFeeling(feeling: FeelingId, intensity?: number): Promise<void> {
    const group = feelingGroups.find((g) => (g.feelings as readonly string[]).includes(feeling));
    if (!group) throw new Error(`${feeling} is in no kind of feeling`);
    const kind = this.page.getByRole("button", { name: new RegExp(`^${group.label} feelings`) });
    if ((await kind.getAttribute("aria-expanded")) !== "true") await kind.click();
    await expect(kind).toHaveAttribute("aria-expanded", "true");
    const word = this.page.getByRole("button", { name: feelingLabel(feeling), exact: true });
    await word.click();
    await expect(word).toHaveAttribute("aria-pressed", "true");
    if (intensity) await this.page.getByRole("slider", { name: capitalised(feelingLabel(feeling)) }).fill(String(intensity));
  }

  async checkIn(feelings: { feeling: FeelingId; intensity?: number }[], note = ""): Promise<void> {
    await this.expectOneMainAction();
    for (const { feeling, intensity } of feelings) await this.pickFeeling(feeling, intensity);
    if (note) await this.field("Anything you'd like to add? (optional)").fill(note);
    await this.click("Share my check-in");
  }

  async fillStatement(statement: { happened: string; felt: string; needed?: string }): Promise<void> {
    await this.expectOneMainAction();
    await this.field("What happened for me…").fill(statement.happened);
    await this.field("I felt…").fill(statement.felt);
    if (statement.needed) await this.field("I needed… (optional)").fill(statement.needed);
  }

  async share(statement: { happened: string; felt: string; needed?: string }, to: string): Promise<void> {
    await this.fillStatement(statement);
    await this.click(`Share this with ${to}`);
  }

  async reflect(reflection: { heard: string; feeling: string }): Promise<void> {
    await this.expectOneMainAction();
    await this.field("What I heard is…").fill(reflection.heard);
    await this.field("It sounds like you felt…").fill(reflection.feeling);
    await this.click("Send my reflection");
  }

  /** The speaker: the reflection got it. */
  async thatsIt(): Promise<void> {
    await this.click("Yes, that's it");
  }

  /**
   * The speaker: "Not quite" (a secondary button), then what was missed. From then on sending
   * it is the main action, on the last try carrying the point to the recap.
   */
  async notQuite(clarification: string, listener: string, { lastTry = false } = {}): Promise<void> {
    await this.expectOneMainAction();
    await this.button("Not quite").click();
    await this.field("What was missed?").fill(clarification);
    await this.click(lastTry ? "Send, and carry it to the recap" : `Send, so ${listener} can try again`);
  }

  /** Both have been heard: "I'm ready to move on". */
  async moveOn(): Promise<void> {
    await this.click("I'm ready to move on");
  }

  async intend(intention: { intended: string; impact: string; action: string }): Promise<void> {
    await this.expectOneMainAction();
    await this.field("What I intended or hoped for…").fill(intention.intended);
    await this.field("How it may have landed for you…").fill(intention.impact);
    await this.field("One thing I will do…").fill(intention.action);
    await this.click("Share my intention");
  }

  /** Having read `other`'s intention, answers it: a short choice, words of one's own, or both. */
  async answer(other: string, { choice = "heardIntent", words = "" }: { choice?: AcknowledgementChoice | null; words?: string } = {}): Promise<void> {
    await this.expectOneMainAction();
    await expect(this.page.getByRole("heading", { name: `What ${other} intended` })).toBeVisible();
    if (choice) await this.page.getByRole("group", { name: `Your answer to ${other}` }).getByRole("radio", { name: acknowledgementWords[choice] }).check();
    if (words) await this.field("In my own words… (optional)").fill(words);
    await this.click(`Send my answer to ${other}`);
  }

  /** Agreements: opens the draft's editor ("Change something"). */
  async changeDraft(): Promise<void> {
    await this.expectOneMainAction();
    await this.button("Change something").click();
  }

  /** Agreements: saves this partner's changes, and waits for the room to take them. */
  async saveDraft(other: string): Promise<void> {
    await this.click("Save my changes");
    await expect(this.page.getByText(`Saved. You and ${other} see these words now.`)).toBeVisible();
  }

  /** Agreements: approves the draft as it stands. */
  async approve(): Promise<void> {
    await this.click("Approve this draft");
  }

  async appreciate(text: string): Promise<void> {
    await this.expectOneMainAction();
    await this.field("One thing I appreciated…").fill(text);
    await this.button("Add my appreciation").click();
  }

  /** Raise the pause signal with one of the deployment's lengths. */
  async pause(minutes: number): Promise<void> {
    await this.expectOneMainAction();
    await this.button("Pause").click();
    await this.button(new RegExp(`^${minutes} minutes`)).click();
  }

  /** In the pause overlay, once its minimum time is up: "I'm ready" (then the dialog's main action). */
  async readyAfterPause(): Promise<void> {
    await expect(this.dialog.getByRole("button", { name: "I'm ready" })).toBeEnabled({ timeout: 15_000 });
    await expect(this.dialog.getByRole("button", { name: "I'm ready" })).toHaveClass(/(^|\s)primary(\s|$)/, { timeout: 15_000 });
    await this.click("I'm ready");
  }
}

/** Every person's screen passes `expectOneMainAction`: for the screens a spec passes through on each seat. */
export async function expectOneMainActionEach(...people: RoomPage[]): Promise<void> {
  for (const person of people) await person.expectOneMainAction();
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
