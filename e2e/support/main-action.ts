import { expect, type Page } from "@playwright/test";

/**
 * What is wrong with the live room's main action as the page shows it now, in words (an
 * empty list when nothing is): SPEC "one obvious next step whose button is on screen without
 * scrolling at 375×667, nothing else styled as loudly". Run in the page. Outside the live
 * room (start page, home, recap) there is nothing to check.
 *
 * - At most one visible element has the classes `button primary`. While a modal dialog is
 *   open (a pause, "paused for now", "welcome back") the page behind it is inert and covered,
 *   so the dialog is the screen: its own buttons are the ones counted.
 * - That one lies wholly inside the viewport as it would with every scrolling box, the window
 *   included, at its top: a person sees it without scrolling, whatever this test scrolled.
 * - No other visible button or link has the main action's fill. A pressed feeling toggle is
 *   left out: it is filled like the main action, but shows a choice made, not a thing to do.
 */
function mainActionProblems(): string[] {
  const room = document.querySelector(".room");
  if (!room || room.getAttribute("data-place") !== "live") return [];
  const shown = (el: Element) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  const name = (el: Element) => `"${(el.textContent ?? "").trim().replace(/\s+/g, " ")}"`;
  const dialog = document.querySelector('[role="dialog"][aria-modal="true"]');
  const scope: ParentNode = dialog && shown(dialog) ? dialog : document;
  const problems: string[] = [];

  const primaries = Array.from(scope.querySelectorAll(".button.primary")).filter(shown);
  if (primaries.length > 1) problems.push(`${primaries.length} main actions: ${primaries.map(name).join(", ")}`);
  for (const main of primaries) {
    const box = main.getBoundingClientRect();
    let down = window.scrollY;
    let across = window.scrollX;
    for (let holder = main.parentElement; holder; holder = holder.parentElement) {
      down += holder.scrollTop;
      across += holder.scrollLeft;
    }
    const top = box.top + down;
    const left = box.left + across;
    const right = box.right + across;
    const bottom = box.bottom + down;
    if (top < 0 || left < 0 || right > window.innerWidth || bottom > window.innerHeight) {
      problems.push(
        `${name(main)} is not on screen without scrolling at ${window.innerWidth}×${window.innerHeight}: ` +
          `it spans x ${Math.round(left)}–${Math.round(right)}, y ${Math.round(top)}–${Math.round(bottom)}`,
      );
    }
  }

  // The main action's fill, from a probe styled as one (so it holds with none on screen, and in the dark palette).
  const probe = document.createElement("button");
  probe.className = "button primary";
  probe.style.position = "absolute";
  probe.style.visibility = "hidden";
  document.body.append(probe);
  const fill = getComputedStyle(probe).backgroundColor;
  probe.remove();
  const controls = Array.from(scope.querySelectorAll('button, a, [role="button"], input[type="submit"], input[type="button"]'));
  for (const control of controls) {
    if (control.matches(".button.primary") || control.getAttribute("aria-pressed") === "true" || !shown(control)) continue;
    if (getComputedStyle(control).backgroundColor === fill) problems.push(`${name(control)} is styled like the main action`);
  }
  return problems;
}

/** Waits until the page shows at most one main action, on screen, and nothing else as loud. */
export async function expectOneMainAction(page: Page, who = "this page"): Promise<void> {
  await expect
    .poll(() => page.evaluate(mainActionProblems), { message: `the main action on ${who} (${page.url().replace(/#.*/, "")})`, timeout: 5_000 })
    .toEqual([]);
}

