import type { Locator, Page } from "@playwright/test";
import { AxeAudit } from "../support/axe";
import { expect, test } from "../support/fixtures";
import { newRoom } from "../support/new-room";
import { snap } from "../support/screenshots";
import { StartPage } from "../support/start-page";

const topic = "What I said about the holidays";
const pathOf = (link: string) => new URL(link).pathname + new URL(link).hash;

function yourRooms(page: Page) {
  return page.getByRole("region", { name: "Your rooms on this device" });
}

test("the start page lists the rooms this device joined; one tap reopens one; remove, with undo", async ({ request, people }, testInfo) => {
  const links = await newRoom(request, topic);
  const other = await newRoom(request, "Friday's phone call");
  // One device that holds Sam's link to one room and the coach's link to another.
  const device = await people.join(links.partnerA, "partnerA");
  const page = device.page;
  await page.goto(other.observer);
  await device.waitUntilOpen("observer");

  await page.goto("/");
  const list = yourRooms(page);
  await expect(list).toBeVisible();
  await expect(list).toContainText("kept only on this device");
  await expect(list).toContainText("Anyone who uses this device can open these rooms");
  const rooms = list.getByTestId("device-room");
  await expect(rooms).toHaveCount(2);
  const sams = rooms.filter({ hasText: topic });
  await expect(sams).toContainText("You are Sam");
  await expect(sams).toContainText("with Alex");
  await expect(sams).toContainText(/Last activity (just now|\d+ minutes? ago)/);
  // The exact moment is there for screen readers and as a tooltip.
  await expect(sams.locator("time")).toHaveAttribute("title", /\d{4}/);
  await expect(rooms.filter({ hasText: "Friday's phone call" })).toContainText("Coach link");
  await expect(page.getByRole("heading", { name: "Start a new room" })).toBeVisible();
  await snap(page, testInfo, "your-rooms");

  const axe = new AxeAudit();
  await axe.screen(page, "start page, rooms listed");
  await testInfo.attach("axe", { body: JSON.stringify(axe.rows, null, 2), contentType: "application/json" });
  expect(axe.violations()).toEqual([]);

  // One tap opens the room with the seat's link, on the same device.
  await page.getByRole("link", { name: `Open “${topic}”` }).click();
  await device.waitUntilOpen("partnerA");
  expect(pathOf(page.url())).toBe(pathOf(links.partnerA));
  await expect(device.root).toHaveAttribute("data-place", "live");

  // Remove forgets it here only, with an undo; the room itself is untouched. Its unsent drafts
  // on this device go once the removal is final (not while "Undo" is offered).
  const roomIdOf = (link: string) => new URL(link).pathname.split("/")[2]!;
  const coachDraft = `repair-room:draft:${roomIdOf(other.observer)}:observer:note`;
  const samDraft = `repair-room:draft:${roomIdOf(links.partnerA)}:partnerA:s1.statement.happened`;
  const draft = (key: string) => page.evaluate((k) => localStorage.getItem(k), key);
  await page.evaluate((keys) => keys.forEach((k) => localStorage.setItem(k, JSON.stringify("not sent yet"))), [coachDraft, samDraft]);
  await page.goto("/");
  await page.getByRole("button", { name: "Remove “Friday's phone call” from this device" }).click();
  await expect(rooms).toHaveCount(1);
  await expect(list.getByRole("status")).toContainText("“Friday's phone call” is no longer listed on this device");
  await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(rooms).toHaveCount(2);
  await expect(page.getByRole("link", { name: "Open “Friday's phone call”" })).toBeFocused();
  expect(await draft(coachDraft)).not.toBeNull();
  await page.getByRole("button", { name: "Remove “Friday's phone call” from this device" }).click();
  expect(await draft(coachDraft)).not.toBeNull();
  await page.reload();
  await expect(rooms).toHaveCount(1);
  await expect(rooms).toContainText(topic);
  expect(await draft(coachDraft)).toBeNull();
  expect(await draft(samDraft)).not.toBeNull();

  // Removing the last one leaves the start page as a new visitor sees it.
  await page.getByRole("button", { name: `Remove “${topic}” from this device` }).click();
  await page.reload();
  await expect(list).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Start a new room" })).toHaveCount(0);
  // Still there for the coach's link holder: forgetting on a device sends nothing.
  const coach = await people.join(other.observer, "observer");
  await expect(coach.root).toHaveAttribute("data-phase", "lobby");
});

test("the list follows the room: a new topic, and unreadable storage is ignored", async ({ request, people }) => {
  const links = await newRoom(request, topic);
  const sam = await people.join(links.partnerA, "partnerA");
  await sam.page.getByText("Change your name or the topic").click();
  await sam.field("The topic").fill("What I said at dinner");
  await sam.button("Save the topic").click();
  await expect(sam.page.getByRole("heading", { level: 1 })).toHaveText("What I said at dinner");

  await sam.page.goto("/");
  await expect(yourRooms(sam.page).getByTestId("device-room")).toContainText("What I said at dinner");

  // Corrupt storage (another app's, an older page's): an empty list, never a broken page.
  await sam.page.evaluate(() => localStorage.setItem("repair-room:rooms-on-this-device", "{not json"));
  await sam.page.reload();
  await expect(sam.page.getByRole("heading", { level: 1 })).toHaveText("Talk it through, together");
  await expect(yourRooms(sam.page)).toHaveCount(0);
  await sam.page.evaluate(() =>
    localStorage.setItem("repair-room:rooms-on-this-device", JSON.stringify({ version: 1, rooms: [{ roomId: "x", role: "king" }, 7] })),
  );
  await sam.page.reload();
  await expect(yourRooms(sam.page)).toHaveCount(0);

  // Visiting the room again lists it again.
  await sam.open(links.partnerA, "partnerA");
  await sam.page.goto("/");
  await expect(yourRooms(sam.page).getByTestId("device-room")).toHaveCount(1);
});

test("'Your room is ready': the partner's link to send first, each link on one line, each with its QR code drawn on the device", async ({ page }) => {
  const start = new StartPage(page);
  await start.open();
  await start.createRoom({ topic, you: "Sam", partner: "Alex" });
  // On a phone the next step, sending Alex's link, is on screen without scrolling, and nothing
  // else is as loud. Each link shows on one line; the page still holds all of it (createRoom
  // read it whole) for Copy, the QR code and a screen reader.
  const send = page.getByRole("button", { name: "Copy Alex's link" });
  await expect(send).toBeInViewport({ ratio: 1 });
  const fill = (control: Locator) => control.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await fill(page.getByRole("button", { name: "Open Sam's link" }))).not.toBe(await fill(send));
  for (const role of ["partnerA", "partnerB", "observer"]) {
    const lines = await page.getByTestId(`link-text-${role}`).evaluate((el) => {
      const style = getComputedStyle(el);
      return (el.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)) / parseFloat(style.lineHeight);
    });
    expect(Math.round(lines)).toBe(1);
  }
  await expect(page.getByRole("img", { name: /QR code/ })).toHaveCount(0);
  const show = page.getByRole("button", { name: "Show QR code for Sam's link" });
  await expect(show).toHaveAttribute("aria-expanded", "false");
  await show.click();
  const code = page.getByRole("img", { name: "QR code for Sam's link" });
  await expect(code).toBeVisible();
  expect(await code.evaluate((el) => el.tagName.toLowerCase())).toBe("svg");
  await expect(page.getByRole("button", { name: "Hide QR code for Sam's link" })).toHaveAttribute("aria-expanded", "true");
  await page.getByRole("button", { name: "Show QR code for the coach's link" }).click();
  await expect(page.getByRole("img", { name: "QR code for the coach's link" })).toBeVisible();

  const axe = new AxeAudit();
  await axe.screen(page, "your room is ready, QR codes shown");
  expect(axe.violations()).toEqual([]);
});
