import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Moves focus with Tab (or Shift+Tab) until `target` has it, as a keyboard user would, and
 * checks the focus is visible there. Fails if it never gets there.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 150 } = {}): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) {
      await expectVisibleFocus(target);
      return;
    }
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** The focused control shows a ring (or, for a radio, its tile does): at least 2px, not "none". */
export async function expectVisibleFocus(target: Locator): Promise<void> {
  const ring = await target.evaluate((el) => {
    const own = getComputedStyle(el);
    const holder = el instanceof HTMLInputElement && el.type === "radio" ? el.closest("label") : null;
    const style = holder ? getComputedStyle(holder) : own;
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(ring.style, "focus is visible").not.toBe("none");
  expect(ring.width, "focus ring width").toBeGreaterThanOrEqual(2);
}

/** Tab to a field and type into it. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

/** Tab to a button and press it with Enter (or Space). */
export async function press(page: Page, button: Locator, key: "Enter" | "Space" = "Enter"): Promise<void> {
  await tabTo(page, button);
  await page.keyboard.press(key);
}
