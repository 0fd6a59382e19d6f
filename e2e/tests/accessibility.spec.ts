import { AxeAudit } from "../support/axe";
import { expect, test } from "../support/fixtures";
import { newRoom } from "../support/new-room";
import { snap } from "../support/screenshots";

test("every screen of a session, and of a follow-up, has no axe violations on a phone or a desktop", async ({ page, request, people }, testInfo) => {
  // Every screen, axe on each at two sizes: minutes, and more on a loaded two-core machine.
  test.setTimeout(900_000);
  const axe = new AxeAudit();

  await page.goto("/");
  await axe.screen(page, "start page");

  const links = await newRoom(request);
  const [sam, alex, coach] = await people.joinAll(links);

  await sam.page.getByText("Change your name or the topic").click();
  await axe.screen(sam.page, "lobby (partner, settings open)");
  await axe.screen(coach.page, "lobby (observer, with private notes)");
  await coach.field("New note").fill("Both arrived calm.");
  await coach.button("Keep this note").click();
  await expect(coach.page.getByText("Both arrived calm.", { exact: true })).toBeVisible();
  await expect(sam.page.getByText("Both arrived calm.")).toHaveCount(0); // private to the coach's link
  await sam.ready();
  await alex.ready();

  await sam.waitForPhase("checkIn");
  await sam.pickFeeling("hurt");
  await axe.screen(sam.page, "check-in form");
  await sam.click("Share my check-in");
  await expect(sam.page.getByText("Waiting for Alex…")).toBeVisible();
  await axe.screen(sam.page, "check-in, waiting for the other");
  await axe.screen(coach.page, "check-in (observer)");
  await alex.checkIn([{ feeling: "worried" }]);

  await sam.waitForPhase("share");
  await sam.field("What happened for me…").fill("You always change the plans without asking me");
  await expect(sam.page.getByText("A gentler way to say it?")).toBeVisible();
  await axe.screen(sam.page, "share: speaker writing (with a gentle-language note)");
  await axe.screen(alex.page, "share: listener waiting");
  await sam.field("I felt…").fill("left out");
  await sam.click("Share this with Alex");
  await alex.field("What I heard is…").fill("I changed the plans");
  await axe.screen(alex.page, "share: listener reflecting");
  await alex.field("It sounds like you felt…").fill("left out");
  await alex.click("Send my reflection");
  await sam.button("Not quite").click();
  await axe.screen(sam.page, "share: speaker confirming, 'not quite' open");
  await axe.screen(coach.page, "share (observer)");
  await sam.field("What was missed?").fill("It was that you didn't ask");
  await sam.click("Send, so Alex can try again");
  await alex.reflect({ heard: "I changed the plans without asking you", feeling: "left out" });
  await sam.thatsIt();
  await expect(alex.page.getByTestId("last-round")).toBeVisible();
  await alex.share({ happened: "I felt rushed by the calendar", felt: "stressed" }, "Sam");
  await sam.reflect({ heard: "The calendar rushed you", feeling: "stressed" });
  await alex.thatsIt();
  await expect(sam.button("I'm ready to move on")).toBeVisible();
  await axe.screen(sam.page, "share: both heard, moving on");

  await sam.pause(2);
  await expect(sam.dialog).toBeVisible();
  await axe.screen(sam.page, "pause overlay (partner)");
  await coach.dialog.getByLabel("New note").fill("Sam asked for the pause.");
  await axe.screen(coach.page, "pause overlay (observer, private notes inside)");
  await expect(sam.dialog.getByTestId("pause-ready")).toBeVisible({ timeout: 15_000 });
  await sam.readyAfterPause();
  await expect(alex.dialog.getByTestId("pause-ready")).toContainText("ready to go on");
  await axe.screen(alex.page, "pause overlay, time up: who is ready to go on");
  await alex.readyAfterPause();
  await expect(sam.dialog).toHaveCount(0);
  for (const partner of [sam, alex]) await partner.moveOn();

  await sam.waitForPhase("intentions");
  await axe.screen(sam.page, "intentions form");
  await sam.intend({ intended: "A calm weekend", impact: "You felt left out of the plans", action: "Ask before I change plans" });
  await axe.screen(sam.page, "intentions, waiting for the other");
  await alex.intend({ intended: "To get everything done", impact: "You felt pushed aside", action: "Share the calendar with you" });
  await expect(sam.page.getByRole("heading", { name: "What Alex intended" })).toBeVisible();
  await sam.page.getByRole("radio", { name: "I hear what you meant." }).check();
  await axe.screen(sam.page, "intentions: reading and answering the other's");
  await sam.click("Send my answer to Alex");
  await expect(sam.page.getByText("Waiting for Alex to read what you intended.").first()).toBeVisible();
  await axe.screen(coach.page, "intentions (observer): both, and one answer");
  await alex.answer("Sam", { words: "I see how much it mattered" });

  await sam.waitForPhase("agreements");
  await sam.changeDraft();
  await sam.field("Our practice or boundary (optional)").fill("A weekly check-in on Sundays");
  await sam.button("Add a next step").click();
  await sam.field("What").nth(2).fill("Plan next weekend together");
  await alex.changeDraft();
  await alex.field("Our practice or boundary (optional)").fill("Ask before changing plans");
  await alex.saveDraft("Sam");
  // Both changed the same section: Sam's words stay in the box, Alex's are offered back.
  await expect(sam.page.getByText("Alex changed this too")).toBeVisible();
  await expect(sam.field("Our practice or boundary (optional)")).toHaveValue("A weekly check-in on Sundays");
  await expect(sam.page.locator(".conflict")).toContainText("Ask before changing plans");
  await expect(sam.field("What").nth(2)).toHaveValue("Plan next weekend together");
  await axe.screen(sam.page, "agreements: editing, with the other's change offered back");
  await sam.button("Keep mine").click();
  await sam.saveDraft("Alex");
  await expect(alex.field("Our practice or boundary (optional)")).toHaveValue("A weekly check-in on Sundays");
  await sam.appreciate("You asked me what I meant");
  await alex.button("Done changing").click();
  await axe.screen(alex.page, "agreements: the other partner, the draft read only");
  await axe.screen(coach.page, "agreements (observer)");

  await sam.button("I need to stop").click();
  await expect(sam.page.getByRole("heading", { level: 1, name: "It's okay to stop here" })).toBeVisible();
  await axe.screen(sam.page, "after 'I need to stop'");
  await axe.screen(alex.page, "the session is paused for now");
  await axe.screen(coach.page, "the session is paused for now (observer, private notes inside)");
  // A reload keeps the calm page; coming back is Sam's choice, welcomed into the waiting session.
  await sam.page.reload();
  await expect(sam.page.getByRole("heading", { level: 1, name: "It's okay to stop here" })).toBeVisible();
  await sam.button("Come back when you're ready").click();
  await expect(sam.dialog.getByRole("heading", { name: "Welcome back" })).toBeVisible();
  await axe.screen(sam.page, "welcome back");
  await expect(sam.dialog).toContainText("You're ready to go on.");
  await alex.click("I'm ready to continue");
  await expect(alex.dialog).toHaveCount(0);

  // Sam approves; Alex changes the practice after: Sam is told what changed, and asked again.
  await sam.approve();
  await expect(alex.page.getByTestId("approval-partnerA")).toContainText("approved this draft");
  await alex.changeDraft();
  await alex.field("Our practice or boundary (optional)").fill("A weekly check-in on Sundays\nA hand on the arm means pause");
  await alex.saveDraft("Sam");
  await expect(sam.page.getByTestId("draft-changed")).toBeVisible();
  await axe.screen(sam.page, "agreements: the draft changed after approving");
  await sam.approve();
  await alex.approve();
  await sam.waitForPhase("closed");
  await sam.page.getByText(/What's happened so far/).click();
  await axe.screen(sam.page, "closed: what you did together, the recap (timeline open)");
  await axe.screen(coach.page, "closed (observer)");

  // A follow-up session: its lobby offers a shorter format, then looks back at the next steps.
  await sam.button("Start a follow-up session").click();
  await sam.waitForPhase("lobby");
  await axe.screen(sam.page, "follow-up lobby");
  await sam.ready();
  await alex.ready();
  await sam.waitForPhase("review");
  await sam.page.getByRole("radio", { name: "Partly" }).first().check();
  await sam.field("Something Alex did since last time (optional)").fill("You asked before changing plans");
  await sam.button("Add my appreciation").click();
  await expect(alex.page.getByTestId("review-appreciations")).toContainText("You asked before changing plans");
  await axe.screen(sam.page, "follow-up: looking back");
  await snap(sam.page, testInfo, "review");

  const file = axe.save();
  await testInfo.attach("axe-summary", { path: file, contentType: "application/json" });
  expect(axe.rows.length).toBeGreaterThanOrEqual(31 * 3);
  expect(axe.violations()).toEqual([]);
});
