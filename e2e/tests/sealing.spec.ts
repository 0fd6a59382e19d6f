import { expect, test } from "../support/fixtures";
import { newPlainRoom, newRoom } from "../support/new-room";

test("a room made before sealing keeps working, its words plain as they always were", async ({ request, people }) => {
  const links = await newPlainRoom(request, "The old room");
  expect(links.partnerA).toMatch(/#[A-Za-z0-9_-]{43}$/);
  const [sam, alex] = [await people.join(links.partnerA, "partnerA"), await people.join(links.partnerB, "partnerB")];
  for (const person of [sam, alex]) await expect(person.page.getByRole("heading", { level: 1 })).toHaveText("The old room");
  await sam.ready();
  await alex.ready();
  await sam.checkIn([{ feeling: "hurt", intensity: 5 }], "Still tired from the week");
  await alex.checkIn([{ feeling: "worried", intensity: 4 }], "");
  await expect(alex.page.getByText("Still tired from the week")).toBeVisible();
});

test("served over plain HTTP to another address, the pages say why they can't seal instead of failing", async ({ playwright, request, baseURL }, testInfo) => {
  // A name that is not this computer's to the browser, resolved to it anyway: not a secure context.
  const port = new URL(baseURL!).port;
  const launch = testInfo.project.use.launchOptions ?? {};
  const browser = await playwright.chromium.launch({ ...launch, args: [...(launch.args ?? []), "--host-resolver-rules=MAP repair-room.test 127.0.0.1"] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://repair-room.test:${port}/`);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    await expect(page.getByRole("heading", { name: "A room can't be made from this address" })).toBeVisible();
    await expect(page.getByText("https://", { exact: false }).first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Create our room" })).toHaveCount(0);

    const links = await newRoom(request);
    await page.goto(links.partnerA.replace(`localhost:${port}`, `repair-room.test:${port}`));
    await expect(page.getByRole("heading", { name: "This room can't be opened from this address" })).toBeVisible();
  } finally {
    await browser.close();
  }
});
