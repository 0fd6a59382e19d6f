import { expect, test } from "../support/fixtures";
import { newRoom } from "../support/new-room";
import { expectOneMainActionEach, type RoomPage } from "../support/room-page";
import { snap } from "../support/screenshots";

// socket.io redials with a backoff; a connection coming back gets a little longer.
const backInTime = { timeout: 15_000 };

/** Everyone has folded the same events. */
async function inStep(...people: RoomPage[]): Promise<void> {
  const seqs = await Promise.all(people.map((p) => p.lastSeq()));
  const latest = Math.max(...seqs);
  for (const person of people) await person.waitForSeq(latest);
}

test("a first session, through every phase, on three screens", async ({ request, people, wire }, testInfo) => {
  test.setTimeout(180_000);
  const links = await newRoom(request);
  const [sam, alex, coach] = await people.joinAll(links);
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
  await expectOneMainActionEach(...everyone);
  await snap(sam.page, testInfo, "lobby");
  await sam.ready();
  await expect(sam.nextStep).toHaveText("Waiting for Alex to say they're ready.");
  await expectOneMainActionEach(sam, coach);
  await alex.ready();

  // Check-in: hidden from the other until both are in, then shown together.
  for (const person of everyone) await person.waitForPhase("checkIn");
  // One kind of feeling open at a time: "hopeful" is under "Open", so Sam opens that kind first.
  await sam.page.getByRole("button", { name: "Hurt feelings" }).click();
  await expect(sam.page.getByRole("button", { name: "hopeful", exact: true })).toHaveCount(0);
  await sam.page.getByRole("button", { name: "hurt", exact: true }).click();
  await expect(sam.page.getByRole("slider", { name: "Hurt" })).toHaveValue("5");
  await sam.page.getByRole("slider", { name: "Hurt" }).fill("7");
  await sam.page.getByRole("button", { name: "Open feelings" }).click();
  await expect(sam.page.getByRole("button", { name: "hurt", exact: true })).toHaveCount(0);
  await expect(sam.page.getByRole("button", { name: /^Hurt feelings · 1 chosen$/ })).toHaveAttribute("aria-expanded", "false");
  await sam.page.getByRole("button", { name: "hopeful", exact: true }).click();
  await expect(sam.page.getByRole("slider", { name: "Hopeful" })).toHaveValue("5");
  await snap(sam.page, testInfo, "check-in");
  await sam.click("Share my check-in");
  await expect(sam.page.getByText("Waiting for Alex…")).toBeVisible();
  await expect(coach.page.getByText("checked in", { exact: true })).toHaveCount(1);
  await expectOneMainActionEach(sam, coach);
  await expect(alex.page.getByText("hurt 7 of 10")).toHaveCount(0);
  await alex.checkIn([{ feeling: "worried", intensity: 6 }, { feeling: "defensive", intensity: 4 }], "I didn't mean to hurt you.");
  for (const person of everyone) {
    await person.waitForPhase("share");
    // Shown together under the step, open until the first point is shared (then folded: a phone's screen is short).
    await expect(person.page.getByText("hurt 7 of 10")).toBeVisible();
    await expect(person.page.getByText("worried 6 of 10")).toBeVisible();
  }

  // Round 1: Alex speaks; Sam sees Alex writing, then reflects back. A reload mid-draft keeps it.
  await expect(alex.nextStep).toHaveText("Your turn: say what happened for you, and how you felt.");
  await alex.field("What happened for me…").fill("At dinner I made a joke about your family");
  await expect(sam.nextStep).toHaveText("Alex is writing…");
  await alex.field("I felt…").fill("embarrassed, and then defensive");
  await alex.click("Share this with Sam");
  await expect(sam.nextStep).toHaveText("Your turn: reflect back what Alex said.");
  await expectOneMainActionEach(...everyone);
  await expect(sam.page.getByText("At dinner I made a joke about your family")).toBeVisible();
  await sam.field("What I heard is…").fill("You made a joke at dinner about my family");
  await snap(sam.page, testInfo, "share");
  await sam.page.reload();
  await sam.waitUntilOpen("partnerA");
  await expect(sam.field("What I heard is…")).toHaveValue("You made a joke at dinner about my family");
  await sam.field("It sounds like you felt…").fill("embarrassed");
  await sam.click("Send my reflection");

  // "Not quite": Alex says what was missed; Sam tries again (try 2 of 3); then "that's it".
  await expect(alex.nextStep).toHaveText("Your turn: did Sam get it right?");
  await expect(alex.page.getByText("Try 1 of 3")).toBeVisible();
  await expectOneMainActionEach(...everyone);
  await alex.notQuite("I also felt defensive when you went quiet", "Sam");
  await expect(sam.nextStep).toHaveText("Your turn: try again to reflect back what Alex said.");
  for (const person of everyone) await expect(person.page.getByText("Try 2 of 3")).toBeVisible();
  await expect(sam.page.getByText("I also felt defensive when you went quiet")).toBeVisible();
  await sam.reflect({ heard: "You joked, and when I went quiet you felt defensive", feeling: "embarrassed and defensive" });
  await alex.thatsIt();
  // The round ends calmly, said to each from where they stand, and on the timeline.
  await expect(sam.page.getByTestId("last-round")).toHaveText("Alex felt understood. Thank you for listening.");
  await expect(alex.page.getByTestId("last-round")).toHaveText("You felt understood by Sam.");
  await expect(coach.page.getByTestId("last-round")).toHaveText("Alex felt understood.");
  await expect(coach.timeline).toContainText("Alex felt understood.");
  await expect(coach.timeline).not.toContainText("That round is complete");

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
  await expectOneMainActionEach(...everyone);
  await expect(sam.field("What happened for me…")).toBeDisabled();
  await expect(coach.dialog.getByRole("button", { name: "I'm ready" })).toHaveCount(0);
  for (const partner of [sam, alex]) {
    // Once the server's minimum time has passed, "I'm ready" can be pressed: the dialog's main action.
    await partner.readyAfterPause();
  }
  for (const person of everyone) await expect(person.dialog).toHaveCount(0);
  await expect(sam.field("What happened for me…")).toBeEnabled();
  await expect(sam.field("What happened for me…")).toHaveValue("When the joke landed I felt small in front of everyone");

  // Alex's phone loses its network while Sam shares; when it is back it catches up by itself.
  await alex.page.context().setOffline(true);
  await expect(alex.page.getByText("Reconnecting…")).toBeVisible();
  await sam.field("I felt…").fill("small and alone");
  await sam.field("I needed… (optional)").fill("a look from you that said you were with me");
  await sam.click("Share this with Alex");
  await expect(coach.nextStep).toHaveText("Alex is reflecting back what Sam said.");
  await alex.page.context().setOffline(false);
  await expect(alex.root).toHaveAttribute("data-connection", "open", backInTime);
  await expect(alex.page.getByText("Reconnecting…")).toHaveCount(0);
  await expect(alex.nextStep).toHaveText("Your turn: reflect back what Sam said.");
  await expect(alex.page.getByText("When the joke landed I felt small in front of everyone")).toBeVisible();
  await alex.reflect({ heard: "When I joked you felt small, and you needed me to be with you", feeling: "small and alone" });
  await sam.thatsIt();

  // Both have been heard: moving on is the main action; the last speaker may share another point, quietly.
  await expectOneMainActionEach(...everyone);
  for (const partner of [sam, alex]) await partner.moveOn();

  // Intentions: each writes theirs, unseen by the other; then each reads and answers the other's.
  for (const person of everyone) await person.waitForPhase("intentions");
  await sam.field("What I intended or hoped for…").fill("I wanted us to enjoy the evening");
  await snap(sam.page, testInfo, "intentions");
  await sam.field("How it may have landed for you…").fill("My going quiet may have felt like a punishment");
  await sam.field("One thing I will do…").fill("Say when I need a moment instead of going quiet");
  await sam.click("Share my intention");
  await expectOneMainActionEach(...everyone);
  await alex.intend({
    intended: "I wanted to make everyone laugh",
    impact: "It made you the joke, in front of people",
    action: "Check with you before joking about your family",
  });
  await sam.answer("Alex", { words: "I see you wanted everyone to have fun" });
  await alex.answer("Sam", { choice: "thanksForImpact" });

  // Agreements: each edits the shared draft; Alex's unsaved edit is merged with Sam's save.
  for (const person of everyone) await person.waitForPhase("agreements");
  await alex.changeDraft();
  await alex.field("Our practice or boundary (optional)").fill("Either of us can say 'pause' at dinner");
  await sam.changeDraft();
  await sam.field("What we agree is true (optional)").fill("We both wanted a good evening");
  await sam.button("Add a next step").click();
  // The two actions from the intentions come first; this is the third step.
  await sam.field("What").nth(2).fill("Talk about the next family dinner");
  await sam.field("Who").nth(2).selectOption({ label: "Both of us" });
  await sam.field("By when").nth(2).fill("2026-11-29");
  await sam.saveDraft("Alex");
  await expect(alex.field("What we agree is true (optional)")).toHaveValue("We both wanted a good evening");
  await expect(alex.field("Our practice or boundary (optional)")).toHaveValue("Either of us can say 'pause' at dinner");
  await alex.saveDraft("Sam");
  await expect(sam.field("Our practice or boundary (optional)")).toHaveValue("Either of us can say 'pause' at dinner");
  await sam.appreciate("You listened twice until you got it");
  await alex.appreciate("You told me how it felt, gently");
  await inStep(...everyone);
  await expect(coach.page.getByText("We both wanted a good evening")).toBeVisible();
  await expectOneMainActionEach(...everyone);
  await sam.approve();
  const approvals = alex.page.getByRole("region", { name: "Approving the draft" });
  await expect(approvals.getByTestId("approval-partnerA")).toContainText("Sam");
  await expect(approvals.getByTestId("approval-partnerA")).toContainText("approved this draft");
  await expect(approvals.getByTestId("approval-partnerB")).toContainText("not approved yet");
  await expect(alex.timeline).toContainText("Sam approved the draft.");
  await snap(alex.page, testInfo, "agreements");
  await alex.approve();

  // Closed: what the two did together, then the same recap and the same timeline on all three screens.
  for (const person of everyone) {
    await person.waitForPhase("closed");
    await expect(person.recap).toContainText("Talk about the next family dinner");
    await expect(person.recap).toContainText("Check with you before joking about your family");
    await expect(person.recap).toContainText("Either of us can say 'pause' at dinner");
    await expect(person.recap).toContainText("the coach asked for a 2-minute pause");
    await expect(person.recap).toContainText("I see you wanted everyone to have fun");
    await expect(person.page.getByTestId("closing-summary")).toContainText("Sam and Alex each felt understood.");
  }
  for (const partner of [sam, alex]) {
    const together = partner.page.getByTestId("closing-summary");
    await expect(together.getByRole("heading")).toHaveText("What you did together");
    await expect(together).toContainText("You agreed 3 next steps.");
    await expect(together).toContainText("You paused once when you needed to.");
    await expect(partner.nextStep).toHaveText("You've closed this session together. Your recap is below, kept for you both.");
  }
  await expect(coach.page.getByTestId("closing-summary").getByRole("heading")).toHaveText("What they did together");
  await expect(coach.page.getByTestId("closing-summary")).toContainText("Sam and Alex agreed 3 next steps.");
  for (const person of everyone) await person.mainAction("Open the recap to keep it");
  await snap(sam.page, testInfo, "closed");
  await inStep(...everyone);
  const recaps = await Promise.all(everyone.map((p) => p.recap.innerText()));
  expect(recaps[1]).toBe(recaps[0]);
  expect(recaps[2]).toBe(recaps[0]);
  const timelines = await Promise.all(everyone.map((p) => p.timeline.textContent()));
  expect(timelines[1]).toBe(timelines[0]);
  expect(timelines[2]).toBe(timelines[0]);
  expect(timelines[0]).toContain("Sam said: that's it.");

  // Sealed on the device: the screens above showed these words, and none of them ever went over the wire.
  const typed = [
    "What I said at dinner",
    "At dinner I made a joke about your family",
    "embarrassed, and then defensive",
    "I also felt defensive when you went quiet",
    "a look from you that said you were with me",
    "My going quiet may have felt like a punishment",
    "Say when I need a moment instead of going quiet",
    "Talk about the next family dinner",
  ];
  expect(wire.traffic.length).toBeGreaterThan(50);
  expect(wire.sent(typed), "typed words on the wire").toEqual([]);
  expect(wire.sent(["Sam", "Alex"].map((name) => `"${name}"`)), "names on the wire").toEqual([]);
});
