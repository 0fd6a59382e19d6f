import { expect, test } from "../support/fixtures";
import { newRoom } from "../support/new-room";
import type { RoomPage } from "../support/room-page";
import { snap } from "../support/screenshots";

// socket.io redials with a backoff; a connection coming back gets a little longer.
const backInTime = { timeout: 15_000 };

/** Everyone has folded the same events. */
async function inStep(...people: RoomPage[]): Promise<void> {
  const seqs = await Promise.all(people.map((p) => p.lastSeq()));
  const latest = Math.max(...seqs);
  for (const person of people) await person.waitForSeq(latest);
}

test("a first session, through every phase, on three screens", async ({ request, people }, testInfo) => {
  test.setTimeout(180_000);
  const links = await newRoom(request);
  const sam = await people.join(links.partnerA, "partnerA");
  const alex = await people.join(links.partnerB, "partnerB");
  const coach = await people.join(links.observer, "observer");
  const everyone = [sam, alex, coach];

  // Lobby: ground rules, who speaks first, names and topic, ready.
  for (const partner of [sam, alex]) await expect(partner.page.getByTestId("presence-observer")).toHaveText(/A coach is watching/);
  await expect(sam.page.getByRole("heading", { name: "Before you begin" })).toBeVisible();
  await alex.page.getByRole("radio", { name: "Alex (you)" }).check();
  await expect(sam.page.getByRole("radio", { name: "Alex" })).toBeChecked();
  await expect(coach.page.getByText("Alex will speak first.")).toBeVisible();
  await sam.page.getByText("Change your name or the topic").click();
  await sam.field("The topic").fill("What I said at dinner");
  await sam.button("Save the topic").click();
  for (const person of everyone) await expect(person.page.getByRole("heading", { level: 1 })).toHaveText("What I said at dinner");
  await expect(sam.nextStep).toHaveText("Your turn: read the ground rules, then say you're ready.");
  await snap(sam.page, testInfo, "lobby");
  await sam.readyButton.click();
  await expect(sam.nextStep).toHaveText("Waiting for Alex to say they're ready.");
  await alex.readyButton.click();

  // Check-in: hidden from the other until both are in, then shown together.
  for (const person of everyone) await person.waitForPhase("checkIn");
  await sam.page.getByRole("button", { name: "hurt", exact: true }).click();
  await sam.page.getByRole("slider", { name: "Hurt" }).fill("7");
  await sam.page.getByRole("button", { name: "hopeful", exact: true }).click();
  await snap(sam.page, testInfo, "check-in");
  await sam.button("Share my check-in").click();
  await expect(sam.page.getByText("Waiting for Alex…")).toBeVisible();
  await expect(coach.page.getByText("checked in", { exact: true })).toHaveCount(1);
  await expect(alex.page.getByText("hurt 7 of 10")).toHaveCount(0);
  await alex.checkIn([{ feeling: "worried", intensity: 6 }, { feeling: "defensive", intensity: 4 }], "I didn't mean to hurt you.");
  for (const person of everyone) {
    await person.waitForPhase("share");
    await expect(person.page.getByText("How you're both feeling")).toBeVisible();
    await expect(person.page.getByText("hurt 7 of 10")).toBeVisible();
    await expect(person.page.getByText("worried 6 of 10")).toBeVisible();
  }

  // Round 1: Alex speaks; Sam sees Alex writing, then reflects back. A reload mid-draft keeps it.
  await expect(alex.nextStep).toHaveText("Your turn: say what happened for you, and how you felt.");
  await alex.field("What happened for me…").fill("At dinner I made a joke about your family");
  await expect(sam.nextStep).toHaveText("Alex is writing…");
  await alex.field("I felt…").fill("embarrassed, and then defensive");
  await alex.button("Share this with Sam").click();
  await expect(sam.nextStep).toHaveText("Your turn: reflect back what Alex said.");
  await expect(sam.page.getByText("At dinner I made a joke about your family")).toBeVisible();
  await sam.field("What I heard is…").fill("You made a joke at dinner about my family");
  await snap(sam.page, testInfo, "share");
  await sam.page.reload();
  await sam.waitUntilOpen("partnerA");
  await expect(sam.field("What I heard is…")).toHaveValue("You made a joke at dinner about my family");
  await sam.field("It sounds like you felt…").fill("embarrassed");
  await sam.button("Send my reflection").click();

  // "Not quite": Alex says what was missed; Sam tries again (try 2 of 3); then "that's it".
  await expect(alex.nextStep).toHaveText("Your turn: did Sam get it right?");
  await expect(alex.page.getByText("Try 1 of 3")).toBeVisible();
  await alex.notQuite("I also felt defensive when you went quiet", "Sam");
  await expect(sam.nextStep).toHaveText("Your turn: try again to reflect back what Alex said.");
  for (const person of everyone) await expect(person.page.getByText("Try 2 of 3")).toBeVisible();
  await expect(sam.page.getByText("I also felt defensive when you went quiet")).toBeVisible();
  await sam.reflect({ heard: "You joked, and when I went quiet you felt defensive", feeling: "embarrassed and defensive" });
  await alex.button("Yes, that's it").click();

  // Round 2: Sam speaks. The coach raises a pause while Sam is writing: everyone's screen
  // shows it, Sam's words are kept but locked, and the session goes on once both are ready.
  await expect(sam.nextStep).toHaveText("Your turn: say what happened for you, and how you felt.");
  await sam.field("What happened for me…").fill("When the joke landed I felt small in front of everyone");
  await coach.pause(2);
  for (const person of everyone) {
    await expect(person.dialog).toBeVisible();
    await expect(person.dialog.getByRole("heading", { name: "Paused" })).toBeFocused();
    await expect(person.dialog).toContainText(person === coach ? "You asked for a 2-minute pause." : "The coach asked for a 2-minute pause.");
    await expect(person.dialog.getByRole("timer")).toBeVisible();
  }
  await expect(sam.field("What happened for me…")).toBeDisabled();
  await expect(coach.dialog.getByRole("button", { name: "I'm ready" })).toHaveCount(0);
  for (const partner of [sam, alex]) {
    // Once the server's minimum time has passed, "I'm ready" can be pressed.
    await expect(partner.dialog.getByRole("button", { name: "I'm ready" })).toBeEnabled();
    await partner.dialog.getByRole("button", { name: "I'm ready" }).click();
  }
  for (const person of everyone) await expect(person.dialog).toHaveCount(0);
  await expect(sam.field("What happened for me…")).toBeEnabled();
  await expect(sam.field("What happened for me…")).toHaveValue("When the joke landed I felt small in front of everyone");

  // Alex's phone loses its network while Sam shares; when it is back it catches up by itself.
  await alex.page.context().setOffline(true);
  await expect(alex.page.getByText("Reconnecting…")).toBeVisible();
  await sam.field("I felt…").fill("small and alone");
  await sam.field("I needed… (optional)").fill("a look from you that said you were with me");
  await sam.button("Share this with Alex").click();
  await expect(coach.nextStep).toHaveText("Alex is reflecting back what Sam said.");
  await alex.page.context().setOffline(false);
  await expect(alex.root).toHaveAttribute("data-connection", "open", backInTime);
  await expect(alex.page.getByText("Reconnecting…")).toHaveCount(0);
  await expect(alex.nextStep).toHaveText("Your turn: reflect back what Sam said.");
  await expect(alex.page.getByText("When the joke landed I felt small in front of everyone")).toBeVisible();
  await alex.reflect({ heard: "When I joked you felt small, and you needed me to be with you", feeling: "small and alone" });
  await sam.button("Yes, that's it").click();

  // Both have been heard: both choose to move on.
  for (const partner of [sam, alex]) await partner.button("I'm ready to move on").click();

  // Intentions.
  for (const person of everyone) await person.waitForPhase("intentions");
  await sam.field("What I intended or hoped for…").fill("I wanted us to enjoy the evening");
  await snap(sam.page, testInfo, "intentions");
  await sam.field("How it may have landed for you…").fill("My going quiet may have felt like a punishment");
  await sam.field("One thing I will do…").fill("Say when I need a moment instead of going quiet");
  await sam.button("Share my intention").click();
  await alex.intend({
    intended: "I wanted to make everyone laugh",
    impact: "It made you the joke, in front of people",
    action: "Check with you before joking about your family",
  });

  // Agreements: each edits the shared draft; Alex's unsaved edit is merged with Sam's save.
  for (const person of everyone) await person.waitForPhase("agreements");
  await alex.field("Our practice or boundary (optional)").fill("Either of us can say 'pause' at dinner");
  await sam.field("What we agree is true (optional)").fill("We both wanted a good evening");
  await sam.button("Add a next step").click();
  await sam.field("What").fill("Talk about the next family dinner");
  await sam.field("Who").selectOption({ label: "Both of us" });
  await sam.field("By when").fill("2026-11-29");
  await sam.button("Save my changes").click();
  await expect(sam.page.getByText("Saved. This is version 2.")).toBeVisible();
  await expect(alex.field("What we agree is true (optional)")).toHaveValue("We both wanted a good evening");
  await expect(alex.field("Our practice or boundary (optional)")).toHaveValue("Either of us can say 'pause' at dinner");
  await alex.button("Save my changes").click();
  await expect(sam.field("Our practice or boundary (optional)")).toHaveValue("Either of us can say 'pause' at dinner");
  await sam.appreciate("You listened twice until you got it");
  await alex.appreciate("You told me how it felt, gently");
  await inStep(...everyone);
  await expect(coach.page.getByText("We both wanted a good evening")).toBeVisible();
  await sam.button(/^Approve version \d+$/).click();
  const approvals = alex.page.getByRole("region", { name: /^Approving version \d+$/ });
  await expect(approvals.getByRole("listitem").filter({ hasText: "Sam" })).toContainText(/approved version \d+/);
  await expect(approvals.getByRole("listitem").filter({ hasText: "Alex" })).toContainText("not approved yet");
  await snap(alex.page, testInfo, "agreements");
  await alex.button(/^Approve version \d+$/).click();

  // Closed: the same recap and the same timeline on all three screens.
  for (const person of everyone) {
    await person.waitForPhase("closed");
    await expect(person.recap).toContainText("Talk about the next family dinner");
    await expect(person.recap).toContainText("Either of us can say 'pause' at dinner");
    await expect(person.recap).toContainText("the coach asked for a 2-minute pause");
  }
  await snap(sam.page, testInfo, "closed");
  await inStep(...everyone);
  const recaps = await Promise.all(everyone.map((p) => p.recap.innerText()));
  expect(recaps[1]).toBe(recaps[0]);
  expect(recaps[2]).toBe(recaps[0]);
  const timelines = await Promise.all(everyone.map((p) => p.timeline.textContent()));
  expect(timelines[1]).toBe(timelines[0]);
  expect(timelines[2]).toBe(timelines[0]);
  expect(timelines[0]).toContain("Sam said: that's it.");
});
