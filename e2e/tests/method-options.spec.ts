import { notQuite, reflection, statement } from "@repair-room/protocol/testing";
import { otherMethod, otherMethodURL } from "../playwright.config";
import { expect, test } from "../support/fixtures";
import { newRoom } from "../support/new-room";
import { SessionDriver } from "../support/session-driver";

// The second server: 4 tries at reflecting back, and a 10-minute pause besides the usual.
test.use({ baseURL: otherMethodURL });

test("a deployment's own numbers: its pause lengths in the menu, and every try it allows before a point is carried as unclear", async ({ request, people }) => {
  test.setTimeout(90_000);
  const links = await newRoom(request, "What I said at dinner");
  const driver = await SessionDriver.connect(otherMethodURL, links);
  await driver.reach("share");
  await driver.act("partnerA", statement("You changed the plans without asking me", "left out", ""));
  // Three tries, each "not quite": with this deployment's four, one is left.
  for (let n = 1; n < otherMethod.tries; n++) {
    await driver.act("partnerB", reflection(`try ${n}`, "annoyed"));
    await driver.act("partnerA", notQuite(`not that (${n})`));
  }
  const sam = await people.join(links.partnerA, "partnerA");
  const alex = await people.join(links.partnerB, "partnerB");
  await sam.waitForPhase("share");

  // The pause menu offers exactly this deployment's lengths.
  await sam.button("Pause").click();
  const menu = sam.page.getByRole("group", { name: "Take a pause. No reason needed. For how long?" });
  await expect(menu.getByRole("button", { name: /minutes/ })).toHaveText(["2 minutes", "5 minutes", "10 minutes", "20 minutes, a full break"]);
  await menu.getByRole("button", { name: "Not now" }).click();

  // The fourth try, which a default deployment would not allow.
  await expect(alex.nextStep).toHaveText("Your turn: try again to reflect back what Sam said.");
  for (const person of [sam, alex]) await expect(person.page.getByText(`Try ${otherMethod.tries} of ${otherMethod.tries}`)).toBeVisible();
  await alex.reflect({ heard: "You felt left out when I didn't ask", feeling: "left out" });
  await expect(sam.page.getByText(`Try ${otherMethod.tries} of ${otherMethod.tries}`)).toBeVisible();
  await sam.notQuite("Closer, but it was about being asked", "Alex", { lastTry: true });
  for (const person of [sam, alex]) await expect(person.page.getByTestId("last-round")).toHaveText("That point is still open. It's kept in your recap, to come back to.");
  await expect(sam.timeline).toContainText(`Still unclear after ${otherMethod.tries} tries: it goes into the recap.`);
  driver.close();
});
