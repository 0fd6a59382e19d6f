import { expect, test } from "../support/fixtures";
import { press, tabTo, typeInto } from "../support/keyboard";
import { newRoom } from "../support/new-room";
import type { RoomPage } from "../support/room-page";

/** A whole statement, typed field by field. */
async function state(p: RoomPage, happened: string, felt: string, to: string): Promise<void> {
  await typeInto(p.page, p.field("What happened for me…"), happened);
  await typeInto(p.page, p.field("I felt…"), felt);
  await p.press(`Share this with ${to}`);
}

async function reflect(p: RoomPage, heard: string, feeling: string): Promise<void> {
  await typeInto(p.page, p.field("What I heard is…"), heard);
  await typeInto(p.page, p.field("It sounds like you felt…"), feeling);
  await p.press("Send my reflection");
}

// No mouse anywhere below: Tab, Shift+Tab, Enter, Space, arrow keys, and typing.
test("a whole session with the keyboard alone, focus always visible", async ({ request, people }) => {
  test.setTimeout(240_000);
  const links = await newRoom(request, "The weekend plans");
  const sam = await people.join(links.partnerA, "partnerA");
  const alex = await people.join(links.partnerB, "partnerB");

  // Lobby: arrow keys move between the "who speaks first" choices.
  await tabTo(sam.page, sam.page.getByRole("radio", { name: "Sam (you)" }));
  await sam.page.keyboard.press("ArrowRight");
  await expect(alex.page.getByRole("radio", { name: "Alex (you)" })).toBeChecked();
  await sam.page.keyboard.press("ArrowLeft");
  await expect(alex.page.getByRole("radio", { name: "Sam" })).toBeChecked();
  for (const p of [sam, alex]) await p.press("I'm ready");

  // Check-in: a kind of feeling opens with Enter, its words toggle with Space and Enter, the intensity moves with arrow keys.
  await sam.waitForPhase("checkIn");
  await press(sam.page, sam.page.getByRole("button", { name: "Hurt feelings" }));
  await expect(sam.page.getByRole("button", { name: "Hurt feelings" })).toHaveAttribute("aria-expanded", "true");
  await press(sam.page, sam.page.getByRole("button", { name: "hurt", exact: true }), "Space");
  await tabTo(sam.page, sam.page.getByRole("slider", { name: "Hurt" }));
  await sam.page.keyboard.press("ArrowRight");
  await sam.page.keyboard.press("ArrowRight");
  await expect(sam.page.getByRole("slider", { name: "Hurt" })).toHaveValue("7");
  await typeInto(sam.page, sam.field("Anything you'd like to add? (optional)"), "A long week");
  await sam.press("Share my check-in");
  await press(alex.page, alex.page.getByRole("button", { name: "Scared feelings" }));
  await press(alex.page, alex.page.getByRole("button", { name: "worried", exact: true }));
  await expect(alex.page.getByRole("button", { name: "worried", exact: true })).toHaveAttribute("aria-pressed", "true");
  await alex.press("Share my check-in");

  // Share and reflect, with a "not quite" in the second round.
  await sam.waitForPhase("share");
  await typeInto(sam.page, sam.field("What happened for me…"), "You booked the weekend without me");
  await typeInto(sam.page, sam.field("I felt…"), "left out");
  // Back up one field with Shift+Tab to add a word.
  await tabTo(sam.page, sam.field("What happened for me…"), { backwards: true });
  await sam.page.keyboard.press("End");
  await sam.page.keyboard.type(" again");
  await sam.press("Share this with Alex");
  await reflect(alex, "I booked the weekend again without you", "left out");
  await sam.press("Yes, that's it", "Space");

  await state(alex, "I thought I was helping", "unappreciated", "Sam");
  await reflect(sam, "You were helping", "unappreciated");
  await press(alex.page, alex.button("Not quite"));
  await typeInto(alex.page, alex.field("What was missed?"), "I was also tired");
  await alex.press("Send, so Sam can try again");
  await reflect(sam, "You were tired and wanted to help", "unappreciated and tired");
  await alex.press("Yes, that's it");

  // A pause, raised and ended from the keyboard: focus goes into the dialog and back.
  await press(alex.page, alex.button("Pause"));
  await expect(alex.button("2 minutes")).toBeFocused();
  await alex.page.keyboard.press("Enter");
  for (const p of [sam, alex]) {
    await expect(p.dialog.getByRole("heading", { name: "Paused" })).toBeFocused();
    await expect(p.dialog.getByRole("button", { name: "I'm ready" })).toBeEnabled();
    await p.press("I'm ready");
  }
  await expect(sam.dialog).toHaveCount(0);

  for (const p of [sam, alex]) await p.press("I'm ready to move on");

  // Intentions.
  for (const [p, intended] of [
    [sam, "A weekend that felt like ours"],
    [alex, "To take something off your plate"],
  ] as const) {
    await p.waitForPhase("intentions");
    await typeInto(p.page, p.field("What I intended or hoped for…"), intended);
    await typeInto(p.page, p.field("How it may have landed for you…"), "It left you out");
    await typeInto(p.page, p.field("One thing I will do…"), "Ask before booking");
    await p.press("Share my intention");
  }
  // Each answers the other's: a choice with the arrow keys, words typed.
  for (const [p, other] of [
    [sam, "Alex"],
    [alex, "Sam"],
  ] as const) {
    const first = p.page.getByRole("radio", { name: "I hear what you meant." });
    await tabTo(p.page, first);
    await p.page.keyboard.press("Space");
    await p.page.keyboard.press("ArrowDown");
    await expect(p.page.getByRole("radio", { name: "Thank you for naming how it landed for me." })).toBeChecked();
    await typeInto(p.page, p.field("In my own words… (optional)"), "I see it now");
    await p.press(`Send my answer to ${other}`);
  }

  // Agreements: a next step with a choice (arrow key) and a date (typed), saved, appreciated, approved.
  await sam.waitForPhase("agreements");
  await press(sam.page, sam.button("Change something"));
  await typeInto(sam.page, sam.field("What we agree is true (optional)"), "We both want weekends together");
  await press(sam.page, sam.button("Add a next step"));
  // After the two steps from the intentions, a third.
  await typeInto(sam.page, sam.field("What").nth(2), "Plan the next weekend on Thursday");
  await tabTo(sam.page, sam.field("Who").nth(2));
  await sam.page.keyboard.press("ArrowDown");
  await expect(sam.field("Who").nth(2)).toHaveValue("partnerA");
  await tabTo(sam.page, sam.field("By when").nth(2));
  await sam.page.keyboard.type("12032026");
  await expect(sam.field("By when").nth(2)).toHaveValue("2026-12-03");
  await sam.press("Save my changes");
  await expect(sam.page.getByText("Saved. You and Alex see these words now.")).toBeVisible();
  for (const p of [sam, alex]) {
    await typeInto(p.page, p.field("One thing I appreciated…"), "You stayed with it");
    await press(p.page, p.button("Add my appreciation"));
  }
  await expect(alex.page.getByText("We both want weekends together")).toBeVisible();
  for (const p of [sam, alex]) {
    // Both appreciations in, on this screen too: the draft approved is the latest.
    await expect(p.page.getByRole("region", { name: "One thing we appreciated" })).not.toContainText("not written yet");
    await p.press("Approve this draft");
  }

  // Closed: the recap, reachable and readable from the keyboard too.
  for (const p of [sam, alex]) {
    await p.waitForPhase("closed");
    await expect(p.recap).toContainText("Plan the next weekend on Thursday");
    await expect(p.recap).toContainText("Sam · by Thursday, December 3, 2026");
  }
  await press(sam.page, sam.page.getByText(/^What's happened so far/));
  await expect(sam.timeline).toBeVisible();
});
