import type { NextStep } from "@repair-room/protocol";
import { AxeAudit } from "../support/axe";
import { expect, test } from "../support/fixtures";
import { newRoom } from "../support/new-room";
import { expectOneMainActionEach, type RoomPage } from "../support/room-page";
import { snap } from "../support/screenshots";
import { SessionDriver } from "../support/session-driver";

const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
const step = (what: string): NextStep => ({ who: "both", what, byWhen: inAWeek });
const practice = "Either of us can say 'pause'";

/** The progress bar's steps, by their (visually hidden) names. */
function progressSteps(person: RoomPage) {
  return person.page.getByRole("list", { name: "All the steps" }).getByRole("listitem");
}

test("a follow-up looks back at last time's steps, those still open from before, and the practice; an appreciation reaches the other at once", async ({
  request,
  people,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  const links = await newRoom(request, "Planning our weekends");
  const driver = await SessionDriver.connect(baseURL!, links);
  // Session 1 agrees two steps and a practice. Session 2, a short check-in, finds one step
  // only partly done and one not yet (Sam's marks), and agrees one new step.
  await driver.closeWith({ agreement: { nextSteps: [step("Plan Saturdays together"), step("Call before changing plans")], practice } });
  await driver.openFollowUp("checkInOnly");
  await driver.closeWith({
    review: { partnerA: ["partly", "notYet", "kept"], partnerB: ["kept", "kept", "kept"] },
    shortCheckIn: true,
    agreement: { nextSteps: [step("Cook together on Fridays")], practice },
  });
  await driver.openFollowUp("full");
  driver.close();

  const [sam, alex, coach] = await people.joinAll(links);
  const everyone = [sam, alex, coach];
  await sam.ready();
  await alex.ready();
  for (const person of everyone) await person.waitForPhase("review");

  // Last time's new step, then the two still open from before, then the practice.
  for (const person of everyone) {
    const items = person.page.locator(".review-item");
    await expect(items).toHaveCount(4);
    await expect(items.nth(0)).toContainText("Cook together on Fridays");
    await expect(items.nth(0)).not.toContainText("Still open from before");
    for (const [i, what] of [
      [1, "Plan Saturdays together"],
      [2, "Call before changing plans"],
    ] as const) {
      await expect(items.nth(i).locator(".step-kind")).toHaveText("Still open from before");
      await expect(items.nth(i)).toContainText(what);
    }
    await expect(items.nth(3).locator(".step-kind")).toHaveText("Your practice");
    await expect(items.nth(3)).toContainText(practice);
  }
  await expectOneMainActionEach(...everyone);

  // A "not yet" reads apart from not having said anything yet.
  await sam.page.getByRole("group", { name: "How did “Cook together on Fridays” go?" }).getByRole("radio", { name: "Not yet" }).check();
  const fridays = (person: RoomPage) => person.page.locator(".review-item").nth(0).locator(".marks");
  await expect(fridays(alex)).toContainText("Sam: not yet");
  await expect(fridays(coach)).toContainText("Sam: not yet");
  await expect(fridays(coach)).toContainText("Alex hasn't said yet");
  await expect(alex.page.locator(".review-item").nth(1).locator(".marks")).toContainText("Sam hasn't said yet");

  // Sam's appreciation shows on Alex's screen as soon as it is written.
  await sam.field("Something Alex did since last time (optional)").fill("You asked me before booking the weekend");
  await sam.button("Add my appreciation").click();
  await expect(alex.page.getByTestId("review-appreciations").getByText("You asked me before booking the weekend")).toBeVisible({ timeout: 2_000 });
  await expect(alex.page.getByTestId("review-appreciations").getByRole("heading")).toHaveText("What you appreciated");
  await expect(alex.page.getByTestId("review-appreciations").getByRole("figure", { name: "Sam" })).toBeVisible();
  await expect(sam.page.getByTestId("review-appreciations").getByRole("figure", { name: "You" })).toContainText("You asked me before booking the weekend");
  await expectOneMainActionEach(...everyone);

  const axe = new AxeAudit();
  await axe.screen(sam.page, "follow-up: looking back, with steps still open and the practice");
  await axe.screen(alex.page, "follow-up: looking back, the other's appreciation shown");
  await axe.screen(coach.page, "follow-up: looking back (observer)");
  await testInfo.attach("axe", { body: JSON.stringify(axe.rows, null, 2), contentType: "application/json" });
  await alex.page.locator(".review-item").nth(1).scrollIntoViewIfNeeded();
  await snap(alex.page, testInfo, "review-carried", { top: false });
  expect(axe.violations()).toEqual([]);
});

test("a follow-up with nothing to look back on skips looking back, and its progress counts only its own steps", async ({ request, people, baseURL }) => {
  test.setTimeout(90_000);
  const links = await newRoom(request, "Planning our weekends");
  const driver = await SessionDriver.connect(baseURL!, links);
  await driver.closeWith({ agreement: { nextSteps: [], practice: "" } });
  await driver.openFollowUp("full");
  driver.close();

  const sam = await people.join(links.partnerA, "partnerA");
  const alex = await people.join(links.partnerB, "partnerB");
  await sam.waitForPhase("lobby");
  await expect(sam.page.getByText("Step 1 of 6: Getting ready")).toBeVisible();
  await expect(progressSteps(sam)).toHaveText(["Getting ready", "Check-in", "Share and reflect", "Intentions", "Agreements", "Recap"]);

  // A short check-in only: four steps.
  await sam.page.getByRole("radio", { name: "A short check-in only" }).check();
  for (const person of [sam, alex]) {
    await expect(person.page.getByText("Step 1 of 4: Getting ready")).toBeVisible();
    await expect(progressSteps(person)).toHaveText(["Getting ready", "Check-in", "Agreements", "Recap"]);
  }
  await sam.ready();
  await alex.ready();
  for (const person of [sam, alex]) {
    await person.waitForPhase("checkIn");
    await expect(person.page.getByText("Step 2 of 4: Check-in")).toBeVisible();
    await expect(progressSteps(person)).toHaveText(["Getting ready (done)", "Check-in", "Agreements", "Recap"]);
    await expect(person.page.getByText("Looking back")).toHaveCount(0);
  }
});
