import { expect, test } from "../support/fixtures";
import { newRoom } from "../support/new-room";
import { RoomPage } from "../support/room-page";
import { snap } from "../support/screenshots";
import { SessionDriver } from "../support/session-driver";

test("reopening the link after 'continue another time' welcomes you back into the waiting session", async ({ request, people, browser, guard }, testInfo) => {
  const links = await newRoom(request, "Friday's phone call");
  const sam = await people.join(links.partnerA, "partnerA");
  const alex = await people.join(links.partnerB, "partnerB");
  await sam.ready();
  await alex.ready();
  await sam.waitForPhase("checkIn");
  await sam.pickFeeling("hurt");

  // Alex chooses to continue another time, and closes the page.
  await alex.button("Pause").click();
  await alex.button("Continue another time").click();
  await expect(alex.page.getByRole("heading", { level: 1, name: "Let's continue another time" })).toBeFocused();
  await expect(sam.dialog.getByRole("heading", { name: "The session is paused for now" })).toBeVisible();
  await alex.page.close();

  // Later, the same link on a new page: a welcome back, over the session as it was left.
  const context = await browser.newContext();
  guard.watch(context);
  const back = new RoomPage(await context.newPage());
  await back.open(links.partnerB, "partnerB");
  await expect(back.dialog.getByRole("heading", { name: "Welcome back" })).toBeFocused();
  await expect(back.dialog).toContainText("the session is where you left it");
  await expect(back.page.getByRole("heading", { level: 1, name: "Let's continue another time" })).toHaveCount(0);
  await expect(back.root).toHaveAttribute("data-phase", "checkIn");
  await back.mainAction("I'm ready to continue");
  await snap(back.page, testInfo, "welcome-back");
  await back.click("I'm ready to continue");
  await expect(back.dialog).toContainText("You're ready to go on. The session continues once you're both ready.");
  await back.expectOneMainAction();

  // Sam says so too: both are back in the check-in, Sam's choice still there.
  await sam.click("I'm ready to continue");
  for (const person of [sam, back]) await expect(person.dialog).toHaveCount(0);
  await back.waitForPhase("checkIn");
  await back.mainAction("Share my check-in");
  await expect(sam.page.getByRole("button", { name: "hurt", exact: true })).toHaveAttribute("aria-pressed", "true");
  // And no loop: opening the link again now is just the session.
  await back.page.reload();
  await back.waitUntilOpen("partnerB");
  await back.waitForPhase("checkIn");
  await expect(back.dialog).toHaveCount(0);
  await expect(back.page.getByRole("heading", { level: 1, name: "Let's continue another time" })).toHaveCount(0);
  await context.close();
});

test("a partner who has not come yet is 'not here yet'; one who drops off is 'away, reconnecting…', then here again", async ({ request, people }) => {
  const links = await newRoom(request, "Friday's phone call");
  const sam = await people.join(links.partnerA, "partnerA");
  await expect(sam.presenceOf("partnerB")).toContainText("not here yet");
  const alex = await people.join(links.partnerB, "partnerB");
  await expect(sam.presenceOf("partnerB")).toContainText("here");
  await expect(sam.presenceOf("partnerB")).not.toContainText("not here");

  await alex.page.context().setOffline(true);
  await expect(alex.page.getByText("Reconnecting…")).toBeVisible();
  await expect(sam.presenceOf("partnerB")).toContainText("Alex");
  await expect(sam.presenceOf("partnerB")).toContainText("away, reconnecting…");
  await expect(sam.presenceOf("partnerB")).not.toContainText("not here yet");

  await alex.page.context().setOffline(false);
  await expect(alex.root).toHaveAttribute("data-connection", "open", { timeout: 15_000 });
  await expect(sam.presenceOf("partnerB")).not.toContainText("away");
  await expect(sam.presenceOf("partnerB")).toContainText("here");
});

test("'writing…' is gone from the other's screen the moment the writer taps 'I need to stop'", async ({ request, people, baseURL }) => {
  const links = await newRoom(request, "Friday's phone call");
  const driver = await SessionDriver.connect(baseURL!, links);
  await driver.reach("share");
  driver.close();
  const sam = await people.join(links.partnerA, "partnerA");
  const alex = await people.join(links.partnerB, "partnerB");
  await sam.waitForPhase("share");

  await sam.field("What happened for me…").fill("When you changed the plans");
  const writing = alex.page.getByText(/writing…/).filter({ visible: true });
  await expect(alex.presenceOf("partnerA")).toContainText("writing…");
  await expect(alex.nextStep).toHaveText("Sam is writing…");
  await expect(writing).toHaveCount(3); // beside Sam's name, in the next step, and in the waiting line

  await sam.button("I need to stop").click();
  await expect(writing).toBeHidden({ timeout: 300 });
  await expect(alex.dialog.getByRole("heading", { name: "The session is paused for now" })).toBeVisible();
});
