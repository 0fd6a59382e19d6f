import { expect, test } from "../support/fixtures";
import { press, tabTo, typeInto } from "../support/keyboard";
import { newRoom } from "../support/new-room";
import type { RoomPage } from "../support/room-page";

/** A whole statement, typed field by field. */
async function state(p: RoomPage, happened: string, felt: string, to: string): Promise<void> {
  await typeInto(p.page, p.field("What happened for me…"), happened);
  await typeInto(p.page, p.field("I felt…"), felt);
  await press(p.page, p.button(`Share this with ${to}`));
}

async function reflect(p: RoomPage, heard: string, feeling: string): Promise<void> {
  await typeInto(p.page, p.field("What I heard is…"), heard);
  await typeInto(p.page, p.field("It sounds like you felt…"), feeling);
  await press(p.page, p.button("Send my reflection"));
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
  for (const p of [sam, alex]) await press(p.page, p.readyButton);

  // Check-in: toggles with Space and Enter, the intensity with arrow keys.
  await sam.waitForPhase("checkIn");
  await press(sam.page, sam.page.getByRole("button", { name: "hurt", exact: true }), "Space");
  await tabTo(sam.page, sam.page.getByRole("slider", { name: "Hurt" }));
  await sam.page.keyboard.press("ArrowRight");
  await sam.page.keyboard.press("ArrowRight");
  await expect(sam.page.getByRole("slider", { name: "Hurt" })).toHaveValue("7");
  await typeInto(sam.page, sam.field("Anything you'd like to add? (optional)"), "A long week");
  await press(sam.page, sam.button("Share my check-in"));
  await press(alex.page, alex.page.getByRole("button", { name: "worried", exact: true }));
  await press(alex.page, alex.button("Share my check-in"));

  // Share and reflect, with a "not quite" in the second round.
  await sam.waitForPhase("share");
  await typeInto(sam.page, sam.field("What happened for me…"), "You booked the weekend without me");
  await typeInto(sam.page, sam.field("I felt…"), "left out");
  // Back up one field with Shift+Tab to add a word.
  await tabTo(sam.page, sam.field("What happened for me…"), { backwards: true });
  await sam.page.keyboard.press("End");
  await sam.page.keyboard.type(" again");
  await press(sam.page, sam.button("Share this with Alex"));
  await reflect(alex, "I booked the weekend again without you", "left out");
  await press(sam.page, sam.button("Yes, that's it"), "Space");

  await state(alex, "I thought I was helping", "unappreciated", "Sam");
  await reflect(sam, "You were helping", "unappreciated");
  await press(alex.page, alex.button("Not quite"));
  await typeInto(alex.page, alex.field("What was missed?"), "I was also tired");
  await press(alex.page, alex.button("Send, so Sam can try again"));
  await reflect(sam, "You were tired and wanted to help", "unappreciated and tired");
  await press(alex.page, alex.button("Yes, that's it"));

  // A pause, raised and ended from the keyboard: focus goes into the dialog and back.
  await press(alex.page, alex.button("Pause"));
  await expect(alex.button("2 minutes")).toBeFocused();
  await alex.page.keyboard.press("Enter");
  for (const p of [sam, alex]) {
    await expect(p.dialog.getByRole("heading", { name: "Paused" })).toBeFocused();
    await expect(p.dialog.getByRole("button", { name: "I'm ready" })).toBeEnabled();
    await press(p.page, p.dialog.getByRole("button", { name: "I'm ready" }));
  }
  await expect(sam.dialog).toHaveCount(0);

  for (const p of [sam, alex]) await press(p.page, p.button("I'm ready to move on"));

  // Intentions.
  for (const [p, intended] of [
    [sam, "A weekend that felt like ours"],
    [alex, "To take something off your plate"],
  ] as const) {
    await p.waitForPhase("intentions");
    await typeInto(p.page, p.field("What I intended or hoped for…"), intended);
    await typeInto(p.page, p.field("How it may have landed for you…"), "It left you out");
    await typeInto(p.page, p.field("One thing I will do…"), "Ask before booking");
    await press(p.page, p.button("Share my intention"));
  }

  // Agreements: a next step with a choice (arrow key) and a date (typed), saved, appreciated, approved.
  await sam.waitForPhase("agreements");
  await typeInto(sam.page, sam.field("What we agree is true (optional)"), "We both want weekends together");
  await press(sam.page, sam.button("Add a next step"));
  await typeInto(sam.page, sam.field("What"), "Plan the next weekend on Thursday");
  await tabTo(sam.page, sam.field("Who"));
  await sam.page.keyboard.press("ArrowDown");
  await expect(sam.field("Who")).toHaveValue("partnerA");
  await tabTo(sam.page, sam.field("By when"));
  await sam.page.keyboard.type("12032026");
  await expect(sam.field("By when")).toHaveValue("2026-12-03");
  await press(sam.page, sam.button("Save my changes"));
  await expect(sam.page.getByText(/^Saved\. This is version \d+\.$/)).toBeVisible();
  for (const p of [sam, alex]) {
    await typeInto(p.page, p.field("One thing I appreciated…"), "You stayed with it");
    await press(p.page, p.button("Add my appreciation"));
  }
  await expect(alex.field("What we agree is true (optional)")).toHaveValue("We both want weekends together");
  for (const p of [sam, alex]) {
    await expect(p.page.getByText(/^Saved\. This is version \d+\.$/)).toBeVisible();
    await press(p.page, p.button(/^Approve version \d+$/));
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
