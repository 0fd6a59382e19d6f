import { readFileSync } from "node:fs";
import type { Download, Page } from "@playwright/test";
import ICAL from "ical.js";
import { AxeAudit } from "../support/axe";
import { expect, test } from "../support/fixtures";
import { newRoom } from "../support/new-room";
import { pdfText } from "../support/pdf-text";
import { RoomPage } from "../support/room-page";
import { snap } from "../support/screenshots";
import { sampleScript as script, SessionDriver } from "../support/session-driver";
import { SocketLine } from "../support/socket-line";

/** A seat's link to one session's recap page: the same key, in the fragment. */
function recapLink(link: string, ordinal: number): string {
  const url = new URL(link);
  return `${url.origin}${url.pathname}/sessions/${ordinal}${url.hash}`;
}

async function downloaded(page: Page, press: () => Promise<void>): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), press()]);
  const path = await download.path();
  return { download, text: readFileSync(path, "utf8") };
}

// Everyone in one zone and language, so the three recaps read alike to the letter.
const paris = { timezoneId: "Europe/Paris", locale: "en-GB" } as const;

test("the recap page: the same stored recap on three screens, the coach's notes for the coach alone, and copies made on the device", async ({
  request,
  people,
  baseURL,
}, testInfo) => {
  test.setTimeout(180_000);
  const links = await newRoom(request, "What I said at dinner");
  const driver = await SessionDriver.connect(baseURL!, links);
  await driver.closeSession();
  const [stored] = await driver.history();
  const closedAt = stored!.recap!.closedAt;

  // The Closed screen leads to the recap's own page.
  const sam = await people.join(links.partnerA, "partnerA", paris);
  await sam.waitForPhase("closed");
  await sam.click("Open the recap to keep it");
  await expect(sam.root).toHaveAttribute("data-place", "recap");
  expect(sam.page.url()).toBe(recapLink(links.partnerA, 1));
  await expect(sam.page.getByRole("heading", { level: 1 })).toHaveText("What I said at dinner");

  const alex = await people.join(recapLink(links.partnerB, 1), "partnerB", paris);
  const coach = await people.join(recapLink(links.observer, 1), "observer", paris);
  const everyone = [sam, alex, coach];
  for (const person of everyone) {
    await expect(person.recap).toContainText(script.agreedTrue);
    await expect(person.recap).toContainText(script.unclear);
    await expect(person.recap).toContainText("Still unclear after every try of reflecting back");
    await expect(person.recap).toContainText(script.nextStep.what);
    await expect(person.recap).toContainText("Both of us · by Sunday");
    await expect(person.recap).toContainText(script.practice);
    await expect(person.recap).toContainText(script.appreciations.partnerB);
    await expect(person.recap).toContainText(script.checkInNote);
    await expect(person.recap).toContainText("the coach asked for a 2-minute pause");
    await expect(person.recap).toContainText("the session was paused for now");
    await expect(person.page.getByTestId("recap-timeline")).toContainText("Both approved the recap. The session is closed.");
  }
  // "I need to stop" is in the recap only as a moment: never who (the pause was the coach's).
  const pauses = sam.recap.getByRole("region", { name: "Pauses" });
  await expect(pauses).toContainText("the session was paused for now");
  await expect(pauses).not.toContainText(/Sam|Alex/);
  const recaps = await Promise.all(everyone.map((p) => p.recap.innerText()));
  expect(recaps[1]).toBe(recaps[0]);
  expect(recaps[2]).toBe(recaps[0]);

  // The coach's private notes: on the coach's page, marked so; nowhere on the partners'.
  await expect(coach.page.getByTestId("coach-notes")).toContainText(script.coachNote);
  await expect(coach.page.getByTestId("coach-notes")).toContainText("Only coach links see these. Sam and Alex never do.");
  await expect(coach.page.getByTestId("coach-notes")).toContainText("Private");
  for (const partner of [sam, alex]) {
    await expect(partner.page.getByTestId("coach-notes")).toHaveCount(0);
    await expect(partner.page.getByText(script.coachNote)).toHaveCount(0);
  }
  await snap(sam.page, testInfo, "recap");

  // Markdown, made on the device: the agreement and next steps; the coach's note only from the coach's seat.
  const samFile = await downloaded(sam.page, () => sam.button("Download the recap").click());
  // The file's name shows in download bars and folders: never the topic (it is inside).
  expect(samFile.download.suggestedFilename()).toMatch(/^repair-room-recap-session-1-\d{4}-\d{2}-\d{2}\.md$/);
  expect(samFile.text).toContain("# What I said at dinner");
  expect(samFile.text).toContain(`## What we agree is true\n\n${script.agreedTrue}`);
  expect(samFile.text).toMatch(/- \*\*Talk about the next family dinner\*\*: Both of us, by Sunday,? 29 November 2026/);
  expect(samFile.text).toContain("the coach asked for a 2-minute pause");
  expect(samFile.text).not.toContain(script.coachNote);
  // The coach's private notes go with a copy only when the coach ticks the box (off by default).
  const withNotes = coach.page.getByLabel("Include my private notes in the download and the print");
  await expect(withNotes).not.toBeChecked();
  const coachPlain = await downloaded(coach.page, () => coach.button("Download the recap").click());
  expect(coachPlain.text).toContain(script.nextStep.what);
  expect(coachPlain.text).not.toContain(script.coachNote);
  await withNotes.check();
  const coachFile = await downloaded(coach.page, () => coach.button("Download the recap").click());
  expect(coachFile.text).toContain(script.nextStep.what);
  expect(coachFile.text).toContain(`: ${script.coachNote}`);
  expect(coachFile.text).toContain("Only coach links see these.");

  // Print or save as PDF: the recap's words, none of the page's controls.
  const printed = (await pdfText(await sam.page.pdf({ format: "A4" }))).text;
  for (const words of ["Your recap", script.agreedTrue, script.nextStep.what, script.practice, script.appreciations.partnerA, "Everything that happened, in order", "Both approved the recap. The session is closed."]) {
    expect(printed).toContain(words);
  }
  for (const control of ["Back to the room", "Download the recap", "Print or save as PDF", "Download a calendar event"]) expect(printed).not.toContain(control);
  expect((await pdfText(await coach.page.pdf({ format: "A4" }))).text).toContain(script.coachNote);
  await withNotes.uncheck();
  expect((await pdfText(await coach.page.pdf({ format: "A4" }))).text).not.toContain(script.coachNote);
  expect((await downloaded(coach.page, () => coach.button("Download the recap").click())).text).not.toContain(script.coachNote);

  // Browsers print the page's address in their header: while printing it is the path alone,
  // never the seat's key, and the key is back afterwards (a reload keeps the seat).
  const samToken = new URL(links.partnerA).hash.slice(1);
  const address = () => sam.page.evaluate(() => window.location.href);
  await sam.page.evaluate(() => {
    const printed: string[] = [];
    (window as unknown as { printedAt: string[] }).printedAt = printed;
    // As the browser would: the address as the print starts, then "afterprint" once it is done.
    window.print = () => {
      printed.push(window.location.href);
      window.dispatchEvent(new Event("afterprint"));
    };
  });
  await sam.button("Print or save as PDF").click();
  const printedAt = await sam.page.evaluate(() => (window as unknown as { printedAt: string[] }).printedAt);
  expect(printedAt).toHaveLength(1);
  expect(printedAt[0]).toMatch(/\/sessions\/1$/);
  expect(await address()).toBe(recapLink(links.partnerA, 1));
  // The browser's own Print menu: the same, through "beforeprint" and "afterprint".
  await sam.page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  expect(await address()).toBe(recapLink(links.partnerA, 1).replace(`#${samToken}`, ""));
  await expect(sam.recap).toBeVisible();
  await expect(sam.root).toHaveAttribute("data-connection", "open");
  await sam.page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  expect(await address()).toBe(recapLink(links.partnerA, 1));
  await sam.page.pdf({ format: "A4" });
  await expect.poll(address).toBe(recapLink(links.partnerA, 1));

  // The next check-in: suggested a week after closing at the same time; the time picked is the event's.
  const suggested = new Date(closedAt + 7 * 86_400_000);
  const local = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("en-CA", { timeZone: paris.timezoneId, ...options }).format(suggested);
  await expect(alex.field("Date")).toHaveValue(local({ year: "numeric", month: "2-digit", day: "2-digit" }));
  await expect(alex.field("Time")).toHaveValue(local({ hour: "2-digit", minute: "2-digit", hourCycle: "h23" }));
  await alex.field("Date").fill("2026-12-06");
  await alex.field("Time").fill("19:30");
  const ics = await downloaded(alex.page, () => alex.button("Download a calendar event").click());
  expect(ics.download.suggestedFilename()).toBe("repair-room-check-in-2026-12-06.ics");
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics.text)).getFirstSubcomponent("vevent")!);
  expect(event.startDate.toJSDate().toISOString()).toBe("2026-12-06T18:30:00.000Z"); // 19:30 in Paris
  // The title shows on lock screens and shared calendars: neutral. The topic is inside.
  expect(event.summary).toBe("Repair Room check-in");
  expect(event.description).toContain("Talking about: What I said at dinner");
  expect(event.description).toContain(`- ${script.nextStep.what} (Both of us, by Sunday`);
  expect(event.description).not.toContain(script.checkInNote);
  await expect(alex.page.getByText("Done. Open the file to add the check-in to your calendar.")).toBeVisible();

  // The ways back: the room's home, and the session.
  await sam.page.getByRole("link", { name: "Back to the room" }).first().click();
  await expect(sam.root).toHaveAttribute("data-place", "home");
  await sam.page.goBack();
  await expect(sam.root).toHaveAttribute("data-place", "recap");
  await sam.page.getByRole("link", { name: "Go to the session" }).click();
  await expect(sam.root).toHaveAttribute("data-place", "live");
  await sam.waitForPhase("closed");

  const axe = new AxeAudit();
  await axe.screen(alex.page, "recap page (partner)");
  await axe.screen(coach.page, "recap page (coach, with private notes)");
  await testInfo.attach("axe-recap", { body: JSON.stringify(axe.rows, null, 2), contentType: "application/json" });
  expect(axe.violations()).toEqual([]);

  // A follow-up's lobby renames the room: session 1's recap keeps the topic it closed with.
  await driver.act("partnerA", { type: "session.openFollowUp", format: "full" });
  await driver.act("partnerA", { type: "lobby.setTopic", content: { topic: "Planning next weekend" } });
  driver.close();
  await expect(alex.page.getByTestId("recap")).toBeVisible();
  await alex.page.reload();
  await alex.waitUntilOpen("partnerB");
  await expect(alex.page.getByRole("heading", { level: 1 })).toHaveText("What I said at dinner");
  await alex.page.getByRole("link", { name: "Go to the session" }).first().click();
  await expect(alex.page.getByRole("heading", { level: 1 })).toHaveText("Planning next weekend");
});

test("the recap page says calmly when a session has no recap yet, when there is no such session, and when the room can't be reached", async ({
  request,
  people,
  page,
}) => {
  test.setTimeout(90_000);
  const links = await newRoom(request, "What I said at dinner");

  const sam = await people.join(recapLink(links.partnerA, 1), "partnerA");
  await expect(sam.page.getByRole("heading", { name: "Session 1 isn't finished yet" })).toBeVisible();
  const axe = new AxeAudit();
  await axe.screen(sam.page, "recap page: not finished yet");
  expect(axe.violations()).toEqual([]);
  await sam.page.getByRole("region", { name: "Session 1 isn't finished yet" }).getByRole("link", { name: "Go to the session" }).click();
  await sam.waitForPhase("lobby");
  await expect(sam.root).toHaveAttribute("data-place", "live");

  const alex = await people.join(recapLink(links.partnerB, 4), "partnerB");
  await expect(alex.page.getByRole("heading", { name: "There's no session 4 in this room" })).toBeVisible();

  // The room answers nothing for a while: first "opening", then a calm note and a way to try again.
  const line = await SocketLine.install(page);
  line.dropAcks = true;
  const coach = new RoomPage(page);
  await coach.open(recapLink(links.observer, 1), "observer");
  await expect(page.getByText("Opening your recap…")).toBeVisible();
  await expect(page.getByRole("heading", { name: "The recap can't be opened just now" })).toBeVisible({ timeout: 20_000 });
  line.dropAcks = false;
  await coach.button("Try again").click();
  await expect(page.getByRole("heading", { name: "Session 1 isn't finished yet" })).toBeVisible();
});
