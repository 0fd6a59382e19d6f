import { expect, test } from "../support/fixtures";
import { newRoom } from "../support/new-room";
import { snap } from "../support/screenshots";

test("'I need to stop' takes one tap; the others see only that the session is paused for now", async ({ request, people }, testInfo) => {
  const links = await newRoom(request, "Friday's phone call");
  const [sam, alex, coach] = await people.joinAll(links);

  await sam.button("I need to stop").click();
  // Focus moves to the new page's heading, so keyboards and screen readers start there.
  await expect(sam.page.getByRole("heading", { level: 1, name: "It's okay to stop here" })).toBeFocused();
  await expect(sam.page.getByText("contact your local emergency number")).toBeVisible();
  await expect(sam.page.getByRole("textbox")).toHaveCount(0); // no reason asked
  await snap(sam.page, testInfo, "leaving");

  for (const other of [alex, coach]) {
    await expect(other.dialog.getByRole("heading", { name: "The session is paused for now" })).toBeFocused();
    // Nothing says who stopped. (The coach's private notes, kept in reach in the dialog, name both partners.)
    await expect(other.dialog.locator(":scope > :not(.notes)").filter({ hasText: "Sam" })).toHaveCount(0);
    await expect(other.timeline).toContainText("The session is paused for now.");
    await expect(other.timeline).not.toContainText("stop");
    await other.expectOneMainAction();
  }
  await expect(alex.dialog).not.toContainText("Sam");
  await alex.mainAction("I'm ready to continue");
  // The coach can only wait, and keep notes.
  await expect(coach.dialog.getByRole("button")).toHaveText(["Keep this note"]);
  await snap(alex.page, testInfo, "paused-for-now");

  // A reload of that page is still the calm page, support and all: nothing pushes Sam back in.
  await sam.page.reload();
  await expect(sam.page.getByRole("heading", { level: 1, name: "It's okay to stop here" })).toBeVisible();
  await expect(sam.page.getByText("contact your local emergency number")).toBeVisible();
  await expect(alex.dialog.getByRole("heading", { name: "The session is paused for now" })).toBeVisible();
  // Coming back is Sam's own choice, and lands in the waiting session, welcomed.
  await sam.button("Come back when you're ready").click();
  await expect(sam.dialog.getByRole("heading", { name: "Welcome back" })).toBeVisible();
  await expect(sam.dialog).toContainText("You're ready to go on.");
  await expect(sam.dialog.getByRole("button", { name: "I need to stop" })).toBeVisible();
  await sam.expectOneMainAction();
  // Not who: the first one back is usually the one who stopped.
  await expect(alex.timeline).toContainText("One of you is ready to continue.");
  await expect(alex.timeline).not.toContainText("Sam is ready");
  await alex.click("I'm ready to continue");
  for (const person of [sam, alex, coach]) await expect(person.dialog).toHaveCount(0);
  await expect(alex.timeline).toContainText("The session goes on.");

  // "Continue another time", from the pause menu: one tap there, no reason asked.
  await alex.button("Pause").click();
  await alex.button("Continue another time").click();
  await expect(alex.page.getByRole("heading", { level: 1, name: "Let's continue another time" })).toBeFocused();
  await expect(sam.dialog.getByRole("heading", { name: "The session is paused for now" })).toBeVisible();
  await expect(sam.dialog).not.toContainText("Alex");
  await sam.click("I'm ready to continue");
  await alex.expectOneMainAction();
  await alex.button("Come back when you're ready").click();
  for (const person of [sam, alex, coach]) await expect(person.dialog).toHaveCount(0);
  await sam.mainAction("I'm ready");
});
