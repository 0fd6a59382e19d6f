import { expect, test } from "../support/fixtures";
import { newRoom } from "../support/new-room";
import { expectOneMainActionEach } from "../support/room-page";
import { snap } from "../support/screenshots";
import { SessionDriver } from "../support/session-driver";

const sams = { intended: "A calm evening for us both", impact: "My going quiet felt like a punishment", action: "Say when I need a moment" };
const alexs = { intended: "To make everyone laugh", impact: "It made you the joke", action: "Ask before joking about your family" };

/** "Sunday, December 6, 2026": how the draft shows a date (the page's locale, en-US here). */
function dateLabel(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Date(y!, m! - 1, d!).toLocaleDateString("en-US", { weekday: "long", day: "numeric", month: "long", year: "numeric" });
}

test("intentions are an exchange: each reads and answers the other's before the agreements, which start from both actions", async ({
  request,
  people,
  baseURL,
}, testInfo) => {
  test.setTimeout(90_000);
  const links = await newRoom(request, "What I said at dinner");
  const driver = await SessionDriver.connect(baseURL!, links);
  await driver.reach("intentions");
  driver.close();
  const [sam, alex, coach] = await people.joinAll(links);
  const everyone = [sam, alex, coach];
  for (const person of everyone) await person.waitForPhase("intentions");

  // Sam's is in: nobody else sees a word of it yet, the coach included.
  await sam.intend(sams);
  await expect(sam.page.getByRole("heading", { name: "Your intention is in" })).toBeVisible();
  await expect(sam.nextStep).toHaveText("Waiting for Alex to write what they intended. You'll read each other's together.");
  await expect(alex.page.getByText("You'll read each other's together: Sam's is in.")).toBeVisible();
  await expect(coach.page.getByText("Each of them writes what they intended. You'll see both once both are in.")).toBeVisible();
  for (const other of [alex, coach]) {
    await expect(other.page.getByText(sams.intended)).toHaveCount(0);
    await expect(other.page.getByText(sams.action)).toHaveCount(0);
  }
  await expectOneMainActionEach(...everyone);

  // Both in: each reads the other's (what they intended and the one thing they will do) and answers it.
  await alex.intend(alexs);
  for (const [me, other, theirs] of [
    [sam, "Alex", alexs],
    [alex, "Sam", sams],
  ] as const) {
    const card = me.page.getByRole("region", { name: `What ${other} intended` });
    await expect(card).toContainText(theirs.intended);
    await expect(card).toContainText(theirs.impact);
    await expect(card).toContainText(theirs.action);
    await expect(me.nextStep).toHaveText(`Your turn: read what ${other} intended, then answer it.`);
    const answers = me.page.getByRole("group", { name: `Your answer to ${other}` }).getByRole("radio");
    await expect(answers).toHaveCount(3);
    for (const [i, words] of ["I hear what you meant.", "Thank you for naming how it landed for me.", "The step you offered would help me."].entries()) {
      await expect(answers.nth(i)).toHaveAccessibleName(words);
    }
    await me.mainAction(`Send my answer to ${other}`);
  }
  // The coach sees both, now that both are in, and that each is still being read.
  const coachView = coach.page.getByRole("region", { name: "What each intended" });
  for (const words of [sams.intended, sams.action, alexs.intended, alexs.action]) await expect(coachView).toContainText(words);
  await expect(coachView.getByText("Alex is reading it.")).toBeVisible();
  await expect(coachView.getByText("Sam is reading it.")).toBeVisible();
  await expectOneMainActionEach(...everyone);
  await sam.page.getByRole("radio", { name: "The step you offered would help me." }).check();
  await sam.field("In my own words… (optional)").fill("I didn't know you felt on the spot");
  await snap(sam.page, testInfo, "intentions-answer");

  // Sam answers: the answer shows under Alex's intention, for Alex and the coach; Agreements wait for Alex's.
  await sam.click("Send my answer to Alex");
  await expect(sam.page.getByText("Waiting for Alex to read what you intended.").first()).toBeVisible();
  await expect(coachView.getByRole("figure", { name: "Sam to Alex" })).toContainText("The step you offered would help me.");
  await expect(coachView.getByRole("figure", { name: "Sam to Alex" })).toContainText("I didn't know you felt on the spot");
  await alex.page.getByText("What you wrote").click();
  await expect(alex.page.getByRole("figure", { name: "Sam to you" })).toContainText("I didn't know you felt on the spot");
  for (const person of everyone) await expect(person.root).toHaveAttribute("data-phase", "intentions");
  await expectOneMainActionEach(...everyone);

  await alex.answer("Sam", { choice: "heardIntent" });
  for (const person of everyone) await person.waitForPhase("agreements");
  await expect(sam.timeline).toContainText("Alex read and answered the other's intention.");

  // The draft's next steps start with both actions: each the one who offered it, by a week from now.
  const inAWeek = dateLabel(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
  for (const person of everyone) {
    const steps = person.page.locator(".draft-view .step");
    await expect(steps).toHaveCount(2);
    await expect(steps.nth(0)).toContainText(sams.action);
    await expect(steps.nth(0)).toContainText(`Sam · by ${inAWeek}`);
    await expect(steps.nth(1)).toContainText(alexs.action);
    await expect(steps.nth(1)).toContainText(`Alex · by ${inAWeek}`);
  }
  await sam.changeDraft();
  await expect(sam.field("What")).toHaveCount(2);
  await expect(sam.field("What").nth(0)).toHaveValue(sams.action);
  await expect(sam.field("Who").nth(0)).toHaveValue("partnerA");
  await expect(sam.field("What").nth(1)).toHaveValue(alexs.action);
  await expect(sam.field("Who").nth(1)).toHaveValue("partnerB");
});
