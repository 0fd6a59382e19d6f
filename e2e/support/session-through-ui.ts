import { expect } from "./fixtures";
import type { RoomPage } from "./room-page";

/**
 * A first session from its lobby to closed, through the partners' screens, as briefly as the
 * rules allow, agreeing the given next steps (a follow-up then looks back at them).
 */
export async function closeFirstSession(sam: RoomPage, alex: RoomPage, nextSteps: string[]): Promise<void> {
  await sam.readyButton.click();
  await alex.readyButton.click();
  await sam.waitForPhase("checkIn");
  await sam.checkIn([{ feeling: "hopeful" }]);
  await alex.checkIn([{ feeling: "worried" }]);

  await sam.waitForPhase("share");
  await sam.share({ happened: "You changed the plans", felt: "left out" }, "Alex");
  await alex.reflect({ heard: "I changed the plans", feeling: "left out" });
  await sam.button("Yes, that's it").click();
  await alex.share({ happened: "I felt rushed", felt: "stressed" }, "Sam");
  await sam.reflect({ heard: "You felt rushed", feeling: "stressed" });
  await alex.button("Yes, that's it").click();
  for (const partner of [sam, alex]) await partner.button("I'm ready to move on").click();

  await sam.waitForPhase("intentions");
  await sam.intend({ intended: "A calm weekend", impact: "You felt left out", action: "Ask before I change plans" });
  await alex.intend({ intended: "To get it all done", impact: "You felt pushed aside", action: "Share the calendar" });

  await sam.waitForPhase("agreements");
  for (const [i, step] of nextSteps.entries()) {
    await sam.button("Add a next step").click();
    await sam.field("What").nth(i).fill(step);
  }
  if (nextSteps.length > 0) {
    await sam.button("Save my changes").click();
    await expect(sam.page.getByText(/Saved\. This is version \d+\./)).toBeVisible();
  }
  await approveBoth(sam, alex);
  await sam.waitForPhase("closed");
  await alex.waitForPhase("closed");
}

/** Both approve the latest version of the draft (the same one: Alex waits to see it). */
export async function approveBoth(sam: RoomPage, alex: RoomPage): Promise<void> {
  const approve = sam.button(/^Approve version \d+$/);
  const label = (await approve.textContent())?.trim() ?? "";
  await approve.click();
  await alex.button(label).click();
}
