import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expectOneMainAction } from "./main-action";

/** WCAG 2.0–2.2, A and AA, and axe's best practices. */
const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];

export const viewports = {
  phone: { width: 375, height: 667 },
  desktop: { width: 1280, height: 800 },
} as const;

export interface AuditRow {
  screen: string;
  run: string;
  violations: string[];
  passes: number;
}

/**
 * Runs axe over one screen at each size (and the dark palette's contrast), keeping a row per
 * run. At each size the live room's main action is checked too (`expectOneMainAction`).
 */
export class AxeAudit {
  readonly rows: AuditRow[] = [];

  async screen(page: Page, screen: string): Promise<void> {
    const runs: { run: string; viewport: { width: number; height: number }; scheme: "light" | "dark"; onlyContrast: boolean }[] = [
      { run: "375×667 light", viewport: viewports.phone, scheme: "light", onlyContrast: false },
      { run: "1280×800 light", viewport: viewports.desktop, scheme: "light", onlyContrast: false },
      { run: "375×667 dark (contrast)", viewport: viewports.phone, scheme: "dark", onlyContrast: true },
    ];
    for (const { run, viewport, scheme, onlyContrast } of runs) {
      await page.setViewportSize(viewport);
      // Reduced motion: contrast is judged on steady colours. A button changing colour as a
      // countdown ends would otherwise be caught halfway through its 150 ms transition.
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
      if (!onlyContrast) await expectOneMainAction(page, `${screen}, ${run}`);
      const builder = new AxeBuilder({ page }).withTags(tags);
      if (onlyContrast) builder.withRules(["color-contrast"]);
      const result = await builder.analyze();
      this.rows.push({
        screen,
        run,
        passes: result.passes.length,
        violations: result.violations.map(
          (v) => `${v.id} (${v.impact ?? "?"}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
        ),
      });
    }
    await page.setViewportSize(viewports.phone);
    await page.emulateMedia({ colorScheme: "light", reducedMotion: null });
  }

  violations(): string[] {
    return this.rows.flatMap((row) => row.violations.map((v) => `${row.screen}, ${row.run}: ${v}`));
  }

  /** A summary beside the screenshots, for the closing note. */
  save(): string {
    const folder = join(dirname(fileURLToPath(import.meta.url)), "..", "test-results");
    mkdirSync(folder, { recursive: true });
    const file = join(folder, "axe-summary.json");
    writeFileSync(file, JSON.stringify(this.rows, null, 2));
    return file;
  }
}
