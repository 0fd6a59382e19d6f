import type { Page } from "@playwright/test";
import { expect, test } from "../support/fixtures";
import { RoomPage } from "../support/room-page";
import { StartPage, type RoomLinks } from "../support/start-page";

async function createRoom(page: Page, topic = "What I said about the holidays"): Promise<RoomLinks> {
  const start = new StartPage(page);
  await start.open();
  return start.createRoom({ topic, you: "Sam", partner: "Alex" });
}

test("two partners meet in the lobby, see each other, and both get ready", async ({ page, people }) => {
  const links = await createRoom(page);

  const sam = await people.join(links.partnerA, "partnerA");
  const alex = await people.join(links.partnerB, "partnerB");

  for (const person of [sam, alex]) {
    await expect(person.page.getByRole("heading", { level: 1, name: "What I said about the holidays" })).toBeVisible();
    await expect(person.page.getByRole("heading", { name: "Before you begin" })).toBeVisible();
    await expect(person.presenceOf("partnerA")).toContainText("here");
    await expect(person.presenceOf("partnerA")).not.toContainText("not here");
    await expect(person.presenceOf("partnerB")).toContainText("here");
    await expect(person.presenceOf("partnerB")).not.toContainText("not here");
  }
  await expect(sam.presenceOf("partnerA")).toContainText("Sam (you)");
  await expect(alex.presenceOf("partnerB")).toContainText("Alex (you)");

  // A coach joins: both partners are told, and the coach has no ready button.
  const coach = await people.join(links.observer, "observer");
  await expect(sam.page.getByTestId("presence-observer")).toContainText("A coach is watching");
  await expect(alex.page.getByTestId("presence-observer")).toContainText("A coach is watching");
  await expect(coach.page.getByText("You're observing.")).toBeVisible();
  await expect(coach.readyButton).toHaveCount(0);
  for (const person of [sam, alex, coach]) await person.expectOneMainAction();

  const before = await sam.lastSeq();
  await sam.ready();
  await expect(sam.page.getByText("You're ready. Waiting for Alex…")).toBeVisible();
  // Waiting: no main action at all.
  await expect(sam.page.getByTestId("action-dock").getByRole("button")).toHaveCount(0);
  await sam.expectOneMainAction();
  await alex.waitForSeq(before + 1);
  await expect(alex.readinessOf("partnerA")).toContainText("ready");
  await expect(alex.readinessOf("partnerA")).not.toContainText("not ready");
  await expect(alex.readinessOf("partnerB")).toContainText("not ready yet");

  await alex.ready();
  for (const person of [sam, alex]) {
    await person.waitForPhase("checkIn");
    await expect(person.phaseHeading).toHaveText("Check in");
    await expect(person.nextStep).toHaveText("Your turn: check in with how you're feeling.");
    await expect(person.page.getByText("Step 2 of")).toBeVisible();
  }
  await expect(coach.nextStep).toHaveText("Sam and Alex are checking in.");
  await coach.waitForPhase("checkIn");

  // Everyone ends on the same timeline.
  const seq = await sam.lastSeq();
  expect(seq).toBeGreaterThan(before + 1);
  await alex.waitForSeq(seq);
  await coach.waitForSeq(seq);
  expect(await alex.lastSeq()).toBe(seq);
  expect(await coach.lastSeq()).toBe(seq);
});

test("a link with the wrong key says so plainly", async ({ page, request }) => {
  const response = await request.post("/api/rooms", {
    data: { topic: "A test", partnerA: { name: "Sam" }, partnerB: { name: "Alex" } },
  });
  expect(response.status()).toBe(201);
  const { links } = (await response.json()) as { links: RoomLinks };
  const wrong = links.partnerA.replace(/#.*$/, `#${"x".repeat(43)}`);

  await page.goto(wrong);
  await expect(page.getByText("isn't complete or isn't right")).toBeVisible();
  await expect(page.locator(".room")).toHaveAttribute("data-connection", "refused");
  await expect(page.getByRole("button", { name: "I'm ready" })).toHaveCount(0);
});

test("a link missing its key says it is incomplete", async ({ page }) => {
  await page.goto("/r/AAAAAAAAAAAAAAAAAAAAAA");
  await expect(page.getByRole("heading", { name: "This link isn't complete" })).toBeVisible();
});

test("the form checks fields itself and puts the server's errors on the right field", async ({ page }) => {
  const start = new StartPage(page);
  await start.open();
  await start.submit();
  const topic = page.getByLabel("What would you like to talk about?");
  await expect(topic).toBeFocused();
  await expect(topic).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Please write a short topic.")).toBeVisible();

  // The server has the last word; its field error lands beside that field, in plain words.
  await page.route("**/api/rooms", (route) =>
    route.fulfill({
      status: 400,
      json: {
        error: {
          ok: false,
          code: "too_long",
          message: "partnerB.name: The second partner's name can be at most 40 characters.",
          field: "partnerB.name",
        },
      },
    }),
  );
  await start.fill({ topic: "A test", you: "Sam", partner: "Alex" });
  await start.submit();
  const partner = page.getByLabel("Your partner's name");
  await expect(partner).toBeFocused();
  await expect(partner).toHaveAttribute("aria-invalid", "true");
  await expect(partner).toHaveAccessibleDescription("The second partner's name can be at most 40 characters.");
});

test("the page talks to no origin but its own, and the CSP is never violated", async ({ page, baseURL }) => {
  const own = new URL(baseURL ?? "http://localhost").host;
  const elsewhere: string[] = [];
  const violations: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.host !== own) elsewhere.push(request.url());
  });
  page.on("websocket", (socket) => {
    if (new URL(socket.url()).host !== own) elsewhere.push(socket.url());
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });

  const links = await createRoom(page);
  await page.getByRole("button", { name: "Open Sam's link" }).click();
  const sam = new RoomPage(page);
  await expect(sam.root).toHaveAttribute("data-connection", "open");
  await sam.ready();
  await expect(page.getByText("You're ready. Waiting for Alex…")).toBeVisible();
  expect(page.url()).toBe(links.partnerA);

  expect(elsewhere).toEqual([]);
  expect(violations).toEqual([]);
});
