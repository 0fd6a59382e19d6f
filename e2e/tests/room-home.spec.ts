import type { Page } from "@playwright/test";
import { AxeAudit } from "../support/axe";
import { expect, test } from "../support/fixtures";
import { newRoom } from "../support/new-room";
import type { RoomPage } from "../support/room-page";
import { RoomPage as Room } from "../support/room-page";
import { snap } from "../support/screenshots";
import { SocketLine } from "../support/socket-line";
import { approveBoth, closeFirstSession } from "../support/session-through-ui";

const topic = "What I said about the holidays";
const homeOf = (link: string) => link.replace("#", "/home#");
/** The link's fragment: the seat's token, then the room key. */
const tokenOf = (link: string) => new URL(link).hash.slice(1);
const keyOf = (link: string) => tokenOf(link).split(".")[1];

async function goHome(person: RoomPage): Promise<void> {
  await person.page.getByRole("link", { name: "Sessions and links" }).click();
  await expect(person.root).toHaveAttribute("data-place", "home");
  await expect(person.page.getByRole("heading", { level: 1 })).toHaveText(topic);
}

function session(page: Page, ordinal: number) {
  return page.getByTestId(`session-${ordinal}`);
}

test("the room's home lists the sessions, opens a follow-up that begins by looking back, and shows how the steps went", async ({ request, people }, testInfo) => {
  test.setTimeout(300_000);
  const links = await newRoom(request, topic);
  const [sam, alex, coach] = await people.joinAll(links);

  // From the live room's header to its home, and back.
  const axe = new AxeAudit();
  await axe.screen(sam.page, "live room, with the header's way to the home");
  await snap(sam.page, testInfo, "room-live-header");
  await goHome(sam);
  await expect(sam.page.getByText("Sam and Alex")).toBeVisible();
  await expect(session(sam.page, 1)).toContainText("Waiting to begin");
  await expect(sam.page.getByRole("heading", { name: "Start a follow-up" })).toHaveCount(0);
  await sam.page.getByRole("link", { name: "Back to the session" }).click();
  await expect(sam.root).toHaveAttribute("data-place", "live");
  await sam.waitUntilOpen("partnerA");

  await closeFirstSession(sam, alex, ["Plan next weekend together", "Call before changing plans"]);

  await goHome(sam);
  await expect(session(sam.page, 1)).toContainText("The first session");
  await expect(session(sam.page, 1)).toContainText("Closed");
  const recapLink = sam.page.getByRole("link", { name: "Read the recap of session 1" });
  await expect(recapLink).toHaveAttribute("href", `/r/${new URL(links.partnerA).pathname.split("/")[2]}/sessions/1#${tokenOf(links.partnerA)}`);
  await recapLink.click();
  await expect(sam.root).toHaveAttribute("data-place", "recap");
  await sam.page.goBack();
  await expect(sam.root).toHaveAttribute("data-place", "home");

  // The coach sees the sessions and their own link; no follow-up, no deleting.
  await goHome(coach);
  await expect(session(coach.page, 1)).toContainText("Closed");
  await expect(coach.page.getByText("you are following as the coach")).toBeVisible();
  await expect(coach.page.getByRole("heading", { name: "Start a follow-up" })).toHaveCount(0);
  await expect(coach.page.getByRole("heading", { name: "Delete this room" })).toHaveCount(0);

  // A follow-up, a short check-in only: it opens and Sam goes to it; it begins by looking back.
  await expect(sam.page.getByText("looking back together at the 2 next steps from last time")).toBeVisible();
  await sam.page.getByRole("radio", { name: "A short check-in only" }).check();
  await sam.button("Start a follow-up").click();
  await expect(sam.root).toHaveAttribute("data-place", "live");
  await sam.waitForPhase("lobby");
  await expect(sam.page.getByText("Step 1 of")).toBeVisible();
  await expect(session(coach.page, 2)).toContainText("Waiting to begin");
  await sam.ready();
  await alex.ready();
  for (const person of [sam, alex]) {
    await person.waitForPhase("review");
    await expect(person.phaseHeading).toHaveText("Looking back at last time");
  }
  await expect(session(coach.page, 2)).toContainText("In progress: Looking back");

  // Each looks back, then the short check-in, then both approve: the follow-up closes.
  const mark = async (person: RoomPage, step: string, label: "Kept" | "Partly" | "Not yet") =>
    person.page.getByRole("group", { name: `How did “${step}” go?` }).getByRole("radio", { name: label }).check();
  await mark(sam, "Plan next weekend together", "Kept");
  await mark(sam, "Call before changing plans", "Partly");
  await mark(alex, "Plan next weekend together", "Kept");
  await mark(alex, "Call before changing plans", "Not yet");
  for (const partner of [sam, alex]) await partner.button("I've looked back").click();
  await sam.waitForPhase("checkIn");
  await sam.checkIn([{ feeling: "hopeful" }]);
  await alex.checkIn([{ feeling: "hopeful" }]);
  await sam.waitForPhase("agreements");
  await alex.waitForPhase("agreements");
  await approveBoth(sam, alex);
  await sam.waitForPhase("closed");

  await goHome(sam);
  const looks = sam.page.getByTestId("look-backs");
  await expect(looks).toContainText("Of 2 next steps from session 1, you both kept 1.");
  await expect(looks).toContainText("You: 1 kept, 1 partly. Alex: 1 kept, 1 not yet.");
  await expect(session(sam.page, 2)).toContainText("A follow-up (a short check-in)");
  await expect(session(sam.page, 2)).toContainText("Closed");
  await expect(coach.page.getByTestId("look-backs")).toContainText("Of 2 next steps from session 1, Sam and Alex both kept 1.");
  await snap(sam.page, testInfo, "room-home");
  await looks.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await snap(sam.page, testInfo, "room-home-progress", { top: false });

  await axe.screen(sam.page, "room home (partner)");
  await axe.screen(coach.page, "room home (observer)");
  await testInfo.attach("axe", { body: JSON.stringify(axe.rows, null, 2), contentType: "application/json" });
  expect(axe.violations()).toEqual([]);
});

test("your link: a QR code, and a new link that stops the old one on every device", async ({ request, people }, testInfo) => {
  const links = await newRoom(request, topic);
  const phone = await people.join(homeOf(links.partnerA), "partnerA");
  const laptop = await people.join(links.partnerA, "partnerA"); // the same link, on another device

  const yourLink = phone.page.getByTestId("your-link");
  await expect(phone.page.getByTestId("your-link-text")).toHaveText(links.partnerA);
  // Some history on the old link first: the session, then back to the home.
  await phone.page.getByRole("link", { name: "Back to the session" }).click();
  await expect(phone.root).toHaveAttribute("data-place", "live");
  await phone.page.getByRole("link", { name: "Sessions and links" }).click();
  await expect(phone.root).toHaveAttribute("data-place", "home");
  await yourLink.getByRole("button", { name: "Show QR code for your link, Sam" }).click();
  await expect(yourLink.getByRole("img", { name: "QR code for your link, Sam" })).toBeVisible();

  await yourLink.getByRole("button", { name: "Get a new link for me" }).click();
  await expect(yourLink.getByRole("heading", { name: "A new link for you?" })).toBeFocused();
  await expect(yourLink).toContainText("will stop working at once, on every phone and computer");
  await snap(phone.page, testInfo, "room-home-new-link", { top: false });
  await yourLink.getByRole("button", { name: "Yes, give me a new link" }).click();
  await expect(yourLink.getByRole("status")).toHaveText("Here is your new link. The old one no longer works.");
  const fresh = (await phone.page.getByTestId("your-link-text").textContent())?.trim() ?? "";
  // A new token, and the same room key after it: the server never had the key to change it.
  expect(fresh).toMatch(/\/r\/[A-Za-z0-9_-]{22}#[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{43}$/);
  expect(keyOf(fresh)).toBe(keyOf(links.partnerA));
  expect(fresh).not.toBe(links.partnerA);
  expect(new URL(phone.page.url()).hash.slice(1)).toBe(tokenOf(fresh));
  await expect(yourLink.getByRole("img", { name: "QR code for your link, Sam" })).toBeVisible();
  // This page carried on without reconnecting.
  await expect(phone.root).toHaveAttribute("data-connection", "open");

  // "Back" reaches entries made with the old link: the address, "Your link" and every way on
  // hold the new one, on the same connection.
  await phone.page.goBack();
  await expect(phone.root).toHaveAttribute("data-place", "live");
  await expect.poll(() => new URL(phone.page.url()).hash.slice(1)).toBe(tokenOf(fresh));
  await expect(phone.root).toHaveAttribute("data-connection", "open");
  await expect(phone.page.getByRole("link", { name: "Sessions and links" })).toHaveAttribute("href", new URL(homeOf(fresh)).pathname + new URL(fresh).hash);
  await phone.page.goBack();
  await expect(phone.root).toHaveAttribute("data-place", "home");
  await expect.poll(() => new URL(phone.page.url()).hash.slice(1)).toBe(tokenOf(fresh));
  await expect(phone.page.getByTestId("your-link-text")).toHaveText(fresh);
  await expect(phone.root).toHaveAttribute("data-connection", "open");
  // A reload there keeps the seat.
  await phone.page.reload();
  await phone.waitUntilOpen("partnerA");
  await expect(phone.page.getByTestId("your-link-text")).toHaveText(fresh);

  // The other device on the old link is told, plainly, and stops.
  await expect(laptop.root).toHaveAttribute("data-connection", "refused");
  await expect(laptop.page.getByRole("heading", { level: 1 })).toHaveText("This link has been replaced");
  await expect(laptop.page.getByRole("alert")).toHaveText("This link has been replaced by a new one. Ask for the new link to come back in.");

  // The old link no longer opens anywhere; the new one does.
  const stranger = await people.join(links.partnerB, "partnerB");
  await stranger.page.goto(links.partnerA);
  await expect(stranger.page.getByRole("heading", { level: 1 })).toHaveText("This link has been replaced");
  await stranger.open(fresh, "partnerA");

  // This device lists the new link; the laptop forgot the old one.
  await phone.page.goto("/");
  const open = phone.page.getByRole("link", { name: `Open “${topic}”` });
  await expect(open).toHaveAttribute("href", new URL(fresh).pathname + new URL(fresh).hash);
  await laptop.page.goto("/");
  await expect(laptop.page.getByRole("region", { name: "Your rooms on this device" })).toHaveCount(0);
});

test("a new link whose answer is lost on the way is not lost: asking again, or a reload, carries on with it", async ({ request, page }) => {
  test.setTimeout(90_000);
  const links = await newRoom(request, topic);
  const roomId = new URL(links.partnerA).pathname.split("/")[2]!;
  const pendingKey = `repair-room:pending-link:${roomId}:partnerA`;
  const pending = () => page.evaluate((key) => localStorage.getItem(key), pendingKey);
  const line = await SocketLine.install(page);
  const phone = new Room(page);
  await phone.open(homeOf(links.partnerA), "partnerA");
  const yourLink = page.getByTestId("your-link");
  const ask = async () => {
    await yourLink.getByRole("button", { name: "Get a new link for me" }).click();
    await yourLink.getByRole("button", { name: "Yes, give me a new link" }).click();
  };

  // The room makes the change, but its answer never arrives: the request key made here is kept.
  line.dropAcks = true;
  await ask();
  await expect(yourLink.getByRole("alert")).toHaveText(/can't be reached right now/, { timeout: 20_000 });
  const kept = (JSON.parse((await pending()) ?? "null") as { request: string } | null)?.request ?? "";
  expect(kept).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(new URL(page.url()).hash.slice(1)).toBe(tokenOf(links.partnerA));

  // A reload opens on the old link, which the room has replaced: it claims the new seat with the
  // kept key, and carries on with the room's token (not the key).
  line.dropAcks = false;
  await page.reload();
  await phone.waitUntilOpen("partnerA");
  await expect.poll(() => new URL(page.url()).hash.slice(1)).not.toBe(tokenOf(links.partnerA));
  const claimed = new URL(page.url()).hash.slice(1);
  expect(claimed).toMatch(/^[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{43}$/);
  expect(claimed.split(".")[1]).toBe(keyOf(links.partnerA));
  expect(claimed).not.toBe(kept);
  await expect(page.getByTestId("your-link-text")).toHaveText(links.partnerA.replace(tokenOf(links.partnerA), claimed));
  expect(await pending()).toBeNull();

  // Again, and this time asked a second time: the same key goes, and the room answers it alike.
  line.dropAcks = true;
  await ask();
  await expect(yourLink.getByRole("alert")).toHaveText(/can't be reached right now/, { timeout: 20_000 });
  const second = (JSON.parse((await pending()) ?? "null") as { request: string } | null)?.request ?? "";
  expect(second).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(second).not.toBe(kept);
  line.dropAcks = false;
  await ask();
  await expect(yourLink.getByRole("status")).toHaveText("Here is your new link. The old one no longer works.");
  await expect.poll(() => new URL(page.url()).hash.slice(1)).not.toBe(claimed);
  const fresh = new URL(page.url()).hash.slice(1);
  expect(fresh).toMatch(/^[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{43}$/);
  expect(fresh.split(".")[1]).toBe(keyOf(links.partnerA));
  expect(fresh).not.toBe(second);
  expect(await pending()).toBeNull();
  await expect(phone.root).toHaveAttribute("data-connection", "open");
  // A reload on the new link keeps the seat.
  await page.reload();
  await phone.waitUntilOpen("partnerA");
  expect(new URL(page.url()).hash.slice(1)).toBe(fresh);
});

test("deleting the room: the topic must match, then it is gone for everyone", async ({ request, people }, testInfo) => {
  const links = await newRoom(request, topic);
  const sam = await people.join(homeOf(links.partnerA), "partnerA");
  const alex = await people.join(links.partnerB, "partnerB");
  const coach = await people.join(links.observer, "observer");

  await sam.button("Delete this room…").click();
  const dialog = sam.dialog;
  await expect(dialog.getByRole("heading", { name: `Delete “${topic}”?` })).toBeFocused();
  await dialog.getByLabel("To confirm, type the topic").fill("the holidays");
  // The safe choice comes first from the field; the one that can't be undone after it.
  await sam.page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Keep the room" })).toBeFocused();
  await sam.page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Delete the room for everyone" })).toBeFocused();
  await dialog.getByRole("button", { name: "Delete the room for everyone" }).click();
  await expect(dialog.getByText("The topic doesn't match. Please check it and confirm again.")).toBeVisible();
  await expect(dialog.getByLabel("To confirm, type the topic")).toBeFocused();
  await snap(sam.page, testInfo, "room-home-delete", { top: false });
  const axe = new AxeAudit();
  await axe.screen(sam.page, "room home, deleting (topic refused)");
  expect(axe.violations()).toEqual([]);
  // "Keep the room" closes it and changes nothing.
  await dialog.getByRole("button", { name: "Keep the room" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(sam.button("Delete this room…")).toBeFocused();

  // Unsent words on each partner's device: they go with the room.
  const roomId = new URL(links.partnerA).pathname.split("/")[2]!;
  const draftOf = (role: string) => `repair-room:draft:${roomId}:${role}:s1.statement.happened`;
  for (const [person, role] of [[sam, "partnerA"], [alex, "partnerB"]] as const) {
    await person.page.evaluate((key) => localStorage.setItem(key, JSON.stringify("I felt left out")), draftOf(role));
  }
  await sam.button("Delete this room…").click();
  await dialog.getByLabel("To confirm, type the topic").fill(topic);
  await dialog.getByRole("button", { name: "Delete the room for everyone" }).click();
  await expect(sam.page.getByRole("heading", { level: 1 })).toHaveText("The room is deleted");
  await expect(sam.page.getByText("Nothing of it is kept.")).toBeVisible();

  for (const person of [alex, coach]) {
    await expect(person.page.getByRole("heading", { level: 1 })).toHaveText("This room is no longer here");
    await expect(person.page.getByRole("alert")).toHaveText("This room has been deleted. Nothing of it is kept.");
    await expect(person.page.getByText("If you'd still like to talk things through, you can start a new room together.")).toBeVisible();
  }
  for (const [person, role] of [[sam, "partnerA"], [alex, "partnerB"]] as const) {
    await expect.poll(() => person.page.evaluate((key) => localStorage.getItem(key), draftOf(role))).toBeNull();
  }
  // Every old link now says, without blame, that the room isn't there.
  for (const link of [links.partnerA, links.partnerB, links.observer]) {
    await coach.page.goto(link);
    await expect(coach.page.getByRole("heading", { level: 1 })).toHaveText("This room isn't here any more");
    await expect(coach.page.getByRole("alert")).toHaveText("It may have been deleted, or the link may be incomplete.");
  }
  // And no device lists it any more.
  for (const person of [sam, alex]) {
    await person.page.goto("/");
    await expect(person.page.getByRole("heading", { level: 1 })).toHaveText("Talk it through, together");
    await expect(person.page.getByRole("region", { name: "Your rooms on this device" })).toHaveCount(0);
  }
});
