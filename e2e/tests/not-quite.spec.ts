import { notQuite, reflection, statement } from "@repair-room/protocol/testing";
import { expect, test } from "../support/fixtures";
import { newRoom } from "../support/new-room";
import { expectOneMainActionEach } from "../support/room-page";
import { snap } from "../support/screenshots";
import { SessionDriver } from "../support/session-driver";

test("after 'Not quite', sending what was missed is the main action, and 'Yes, that's it' steps back", async ({ request, people, baseURL }, testInfo) => {
  test.setTimeout(90_000);
  const links = await newRoom(request, "What I said at dinner");
  const driver = await SessionDriver.connect(baseURL!, links);
  await driver.reach("share");
  await driver.act("partnerA", statement("You changed the plans without asking me", "left out", ""));
  await driver.act("partnerB", reflection("I changed the plans", "annoyed"));
  const [sam, alex, coach] = await people.joinAll(links);
  const everyone = [sam, alex, coach];
  for (const person of everyone) await person.waitForPhase("share");

  // Reading the reflection: "Yes, that's it" is the main action, "Not quite" beside it, quieter.
  await expect(sam.nextStep).toHaveText("Your turn: did Alex get it right?");
  await sam.mainAction("Yes, that's it");
  await expect(sam.button("Not quite")).toHaveClass(/(^|\s)secondary(\s|$)/);

  // "Not quite": now sending what was missed is the one main action; "yes" is still there, as a secondary.
  await sam.button("Not quite").click();
  await expect(sam.field("What was missed?")).toBeVisible();
  await sam.mainAction("Send, so Alex can try again");
  await expect(sam.page.getByTestId("action-dock")).toContainText("Send, so Alex can try again");
  const yes = sam.button("Yes, that's it");
  await expect(yes).toBeVisible();
  await expect(yes).toHaveClass(/(^|\s)secondary(\s|$)/);
  await expect(yes).not.toHaveClass(/(^|\s)primary(\s|$)/);
  await sam.field("What was missed?").fill("It was that you didn't ask me first");
  await expectOneMainActionEach(...everyone);
  await snap(sam.page, testInfo, "not-quite");
  await sam.click("Send, so Alex can try again");
  await expect(alex.nextStep).toHaveText("Your turn: try again to reflect back what Sam said.");
  for (const person of everyone) await expect(person.page.getByText("Try 2 of 3")).toBeVisible();

  // On the last try the same button carries the point to the recap instead.
  await driver.act("partnerB", reflection("I didn't ask you first", "annoyed"));
  await driver.act("partnerA", notQuite("More that I felt left out"));
  await driver.act("partnerB", reflection("You felt left out when I didn't ask", "annoyed"));
  driver.close();
  await expect(sam.page.getByText("Try 3 of 3")).toBeVisible();
  await sam.button("Not quite").click();
  await expect(sam.page.getByText("This was the last try.")).toBeVisible();
  await sam.mainAction("Send, and carry it to the recap");
  await expect(sam.button("Yes, that's it")).not.toHaveClass(/(^|\s)primary(\s|$)/);
  await sam.field("What was missed?").fill("Left out, not annoyed");
  await sam.click("Send, and carry it to the recap");
  for (const person of everyone) await expect(person.page.getByTestId("last-round")).toHaveText("That point is still open. It's kept in your recap, to come back to.");
  await expect(coach.timeline).toContainText("Still unclear after 3 tries: it goes into the recap.");
  await expectOneMainActionEach(...everyone);
});
