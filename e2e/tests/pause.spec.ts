import { expect, test } from "../support/fixtures";
import { newRoom } from "../support/new-room";
import { snap } from "../support/screenshots";

test("a pause locks both screens with a breathing guide and a countdown, keeping every draft", async ({ request, people }, testInfo) => {
  const links = await newRoom(request, "Friday's phone call");
  // Sam has asked the phone for less motion; Alex has not.
  const sam = await people.join(links.partnerA, "partnerA", { reducedMotion: "reduce" });
  const alex = await people.join(links.partnerB, "partnerB", { reducedMotion: "no-preference" });
  await sam.ready();
  await alex.ready();
  await sam.waitForPhase("checkIn");

  await sam.pickFeeling("hurt");
  const note = sam.field("Anything you'd like to add? (optional)");
  await note.fill("It was the tone more than the words");

  // The 5-minute length: five seconds in these tests (PAUSE_SECONDS_PER_MINUTE=1).
  await alex.pause(5);
  for (const person of [sam, alex]) {
    await expect(person.dialog).toBeVisible();
    await expect(person.dialog.getByRole("heading", { name: "Paused" })).toBeFocused();
    await expect(person.dialog.getByRole("timer")).toContainText(/0:0\d left/);
    await expect(person.dialog.getByRole("button", { name: "I'm ready" })).toBeDisabled();
    await expect(person.page.getByRole("status").filter({ hasText: "The session is paused for 5 minutes." })).toHaveCount(1);
  }
  await expect(sam.dialog).toContainText("Alex asked for a 5-minute pause.");
  await expect(note).toBeDisabled();
  await expect(sam.page.getByRole("button", { name: "hurt", exact: true })).toBeDisabled();
  await expect(sam.page.getByRole("button", { name: "Open feelings" })).toBeDisabled();
  // While the countdown runs there is nothing to do: "I'm ready" waits, quietly, with no main action anywhere.
  for (const person of [sam, alex]) {
    await person.expectOneMainAction();
    await expect(person.dialog.getByRole("button", { name: "I'm ready" })).not.toHaveClass(/primary/);
  }
  // Breathing: moving for Alex, still (with counted breaths instead) for Sam.
  const animation = (p: typeof sam) => p.page.locator(".breath-circle").evaluate((el) => getComputedStyle(el).animationName);
  expect(await animation(alex)).toBe("breathe");
  expect(await animation(sam)).toBe("none");
  await expect(sam.dialog.getByText("for a count of four")).toBeVisible();
  await expect(alex.dialog.getByText("as the circle grows")).toBeVisible();
  await snap(sam.page, testInfo, "pause");

  // After the server's minimum time, each says "I'm ready"; the session goes on once both have.
  await expect(sam.dialog.getByRole("button", { name: "I'm ready" })).toBeEnabled({ timeout: 15_000 });
  await expect(sam.dialog.getByRole("status").filter({ hasText: "You can go on whenever you're ready." })).toBeVisible();
  // Once the time is up, each sees who is ready to go on.
  const readyList = (p: typeof sam) => p.dialog.getByTestId("pause-ready").getByRole("listitem");
  await expect(readyList(sam)).toHaveText([/^You\s*not yet$/, /^Alex\s*not yet$/]);
  await sam.readyAfterPause();
  await expect(sam.dialog).toContainText("You're ready. Waiting for Alex…");
  await expect(readyList(alex)).toHaveText([/^✓Sam\s*ready to go on$/, /^You\s*not yet$/]);
  await expect(readyList(sam)).toHaveText([/^✓You\s*ready to go on$/, /^Alex\s*not yet$/]);
  await sam.expectOneMainAction();
  await snap(alex.page, testInfo, "pause-ready");
  await alex.readyAfterPause();
  for (const person of [sam, alex]) {
    await expect(person.dialog).toHaveCount(0);
    await expect(person.page.getByRole("status").filter({ hasText: "The pause is over. The session goes on." })).toHaveCount(1);
  }
  // Back where Sam was, with everything still there.
  await expect(note).toBeFocused();
  await expect(note).toHaveValue("It was the tone more than the words");
  await expect(sam.page.getByRole("button", { name: "hurt", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(sam.timeline).toContainText("Alex asked for a 5-minute pause.");
  await expect(sam.timeline).toContainText("The pause is over.");
});
