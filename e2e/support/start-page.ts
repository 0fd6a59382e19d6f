import { expect, type Page } from "@playwright/test";

export interface RoomLinks {
  partnerA: string;
  partnerB: string;
  observer: string;
}

/** The start page as a person uses it: fill the form, create, read the three links. */
export class StartPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto("/");
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  async fill(values: { topic: string; you: string; partner: string }): Promise<void> {
    await this.page.getByLabel("What would you like to talk about?").fill(values.topic);
    await this.page.getByLabel("Your name").fill(values.you);
    await this.page.getByLabel("Your partner's name").fill(values.partner);
  }

  async submit(): Promise<void> {
    await this.page.getByRole("button", { name: "Create our room" }).click();
  }

  async createRoom(values: { topic: string; you: string; partner: string }): Promise<RoomLinks> {
    await this.fill(values);
    await this.submit();
    await expect(this.page.getByRole("heading", { name: "Your room is ready" })).toBeVisible();
    return {
      partnerA: await this.linkText("partnerA"),
      partnerB: await this.linkText("partnerB"),
      observer: await this.linkText("observer"),
    };
  }

  private async linkText(role: keyof RoomLinks): Promise<string> {
    const text = (await this.page.getByTestId(`link-text-${role}`).textContent())?.trim() ?? "";
    // The token, then the room key the page made; the coach's link holds the coach key too.
    const keys = role === "observer" ? 2 : 1;
    expect(text).toMatch(new RegExp(`/r/[A-Za-z0-9_-]{22}#[A-Za-z0-9_-]{43}(\\.[A-Za-z0-9_-]{43}){${keys}}$`));
    return text;
  }
}
