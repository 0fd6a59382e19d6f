import { expect } from "./fixtures";
import type { RoomPage } from "./room-page";

/**
 * A first session from its lobby to closed, through the partners' screens, as briefly as the
 * rules allow. Each one's "one thing I will do" starts the draft's next steps, so `nextSteps`
 * are the two actions (Sam's, then Alex's); the draft is changed only where they differ:
 * steps past the second are added, and a shorter list takes the surplus out.
 */
export async function closeFirstSession(sam: RoomPage, alex: RoomPage, nextSteps: string[], { practice = "" } = {}): Promise<void> {
  await sam.ready();
  await alex.ready();
  await sam.waitForPhase("checkIn");
  await sam.checkIn([{ feeling: "hopeful" }]);
  await alex.checkIn([{ feeling: "worried" }]);

  await sam.waitForPhase("share");
  await sam.share({ happened: "You changed the plans", felt: "left out" }, "Alex");
  await alex.reflect({ heard: "I changed the plans", feeling: "left out" });
  await sam.thatsIt();
  await alex.share({ happened: "I felt rushed", felt: "stressed" }, "Sam");
  await sam.reflect({ heard: "You felt rushed", feeling: "stressed" });
  await alex.thatsIt();
  for (const partner of [sam, alex]) await partner.moveOn();

  await sam.waitForPhase("intentions");
  await sam.intend({ intended: "A calm weekend", impact: "You felt left out", action: nextSteps[0] ?? "Ask before I change plans" });
  await alex.intend({ intended: "To get it all done", impact: "You felt pushed aside", action: nextSteps[1] ?? "Share the calendar" });
  await sam.answer("Alex");
  await alex.answer("Sam", { choice: "stepHelps" });

  await sam.waitForPhase("agreements");
  const extra = nextSteps.slice(2);
  if (extra.length > 0 || nextSteps.length < 2 || practice) {
    await sam.changeDraft();
    for (let n = 2; n > nextSteps.length; n--) await sam.button(`Remove next step ${n}`).click();
    for (const step of extra) {
      const at = await sam.field("What").count();
      await sam.button("Add a next step").click();
      await sam.field("What").nth(at).fill(step);
    }
    if (practice) await sam.field("Our practice or boundary (optional)").fill(practice);
    await sam.saveDraft("Alex");
  }
  await approveBoth(sam, alex);
  await sam.waitForPhase("closed");
  await alex.waitForPhase("closed");
}

/** Both approve the draft as it stands (the same one: Alex waits to see Sam's approval first). */
export async function approveBoth(sam: RoomPage, alex: RoomPage): Promise<void> {
  await sam.approve();
  await expect(alex.page.getByTestId("approval-partnerA")).toContainText("approved this draft");
  await alex.approve();
}
