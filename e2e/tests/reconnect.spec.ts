import type { Browser } from "@playwright/test";
import { expect, test, type OriginGuard } from "../support/fixtures";
import { newRoom } from "../support/new-room";
import { RoomPage } from "../support/room-page";
import { SocketLine } from "../support/socket-line";

async function personOn(browser: Browser, guard: OriginGuard): Promise<RoomPage> {
  const context = await browser.newContext();
  guard.watch(context);
  return new RoomPage(await context.newPage());
}

// socket.io redials with a backoff of up to 5 s: give the way back a little longer.
const backInTime = { timeout: 15_000 };

test("an action made while the line is down is sent once it is back", async ({ browser, request, guard }) => {
  const links = await newRoom(request, "Friday's phone call");
  const sam = await personOn(browser, guard);
  const alex = await personOn(browser, guard);
  const line = await SocketLine.install(sam.page);
  await sam.open(links.partnerA, "partnerA");
  await alex.open(links.partnerB, "partnerB");

  await line.cut();
  await expect(sam.page.getByText("Reconnecting…")).toBeVisible();
  // Sam was here and dropped off: "away, reconnecting…", not "not here yet" (someone who never came).
  await expect(alex.presenceOf("partnerA")).toContainText("away, reconnecting…");

  await sam.ready();
  await expect(sam.page.getByText("We'll send this as soon as you're connected again.")).toBeVisible();
  await expect(sam.root).toHaveAttribute("data-unacknowledged", "1");

  line.restore();
  await expect(sam.root).toHaveAttribute("data-connection", "open", backInTime);
  await expect(sam.page.getByText("You're ready. Waiting for Alex…")).toBeVisible();
  await expect(sam.page.getByText("Reconnecting…")).toHaveCount(0);
  await expect(sam.root).toHaveAttribute("data-unacknowledged", "0");
  await expect(alex.readinessOf("partnerA")).toContainText("ready");
  await expect(alex.readinessOf("partnerA")).not.toContainText("not ready");
  await expect(alex.presenceOf("partnerA")).not.toContainText("not here");
  await expect(alex.presenceOf("partnerA")).not.toContainText("away");
});

test("an action whose answer was lost is sent again with the same id and counts once", async ({ browser, request, guard }) => {
  const links = await newRoom(request, "Friday's phone call");
  const sam = await personOn(browser, guard);
  const alex = await personOn(browser, guard);
  const line = await SocketLine.install(sam.page);
  await sam.open(links.partnerA, "partnerA");
  await alex.open(links.partnerB, "partnerB");
  const before = await sam.lastSeq();

  // The room takes Sam's "ready" and says so to everyone, but the answer to Sam is lost.
  line.dropAcks = true;
  await sam.ready();
  await sam.waitForSeq(before + 1);
  await expect(sam.page.getByText("You're ready. Waiting for Alex…")).toBeVisible();
  await expect(sam.root).toHaveAttribute("data-unacknowledged", "1");

  // The line drops before any answer; on the way back the same action goes again.
  await line.cut();
  await expect(sam.root).toHaveAttribute("data-connection", "reconnecting");
  line.dropAcks = false;
  line.restore();
  await expect(sam.root).toHaveAttribute("data-connection", "open", backInTime);
  await expect(sam.root).toHaveAttribute("data-unacknowledged", "0");

  await alex.ready();
  for (const person of [sam, alex]) {
    await person.waitForPhase("checkIn");
    await expect(person.nextStep).toHaveText("Your turn: check in with how you're feeling.");
  }
  // One "ready" each and the phase change: nothing was counted twice.
  expect(await sam.lastSeq()).toBe(await alex.lastSeq());
  expect(await alex.lastSeq()).toBe(before + 3);
});
