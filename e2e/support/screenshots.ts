import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page, TestInfo } from "@playwright/test";

const folder = join(dirname(fileURLToPath(import.meta.url)), "..", "test-results", "screenshots");

/**
 * A phone-size picture of one screen, from its top (where the step and the next action
 * are): attached to the test's report, and kept as `e2e/test-results/screenshots/<name>.png`
 * to look at after the run.
 */
export async function snap(page: Page, testInfo: TestInfo, name: string, options: { top?: boolean } = {}): Promise<void> {
  if (options.top ?? true) {
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      document.querySelector(".room-scroll")?.scrollTo(0, 0);
    });
  }
  mkdirSync(folder, { recursive: true });
  // Still pictures: the breathing guide paused, no caret.
  const body = await page.screenshot({ animations: "disabled", caret: "hide" });
  writeFileSync(join(folder, `${name}.png`), body);
  await testInfo.attach(name, { body, contentType: "image/png" });
}
