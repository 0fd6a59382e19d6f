import { create } from "qrcode";
import { describe, expect, it } from "vitest";
import { qrDrawing, quietZone } from "./qr-path";

const link = "http://localhost:3000/r/AAAAAAAAAAAAAAAAAAAAAA#BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB";

/** Reads the path back into the set of dark cells it draws. */
function cellsOf(path: string): Set<string> {
  const cells = new Set<string>();
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let i = 0; i < Number(w); i++) cells.add(`${Number(x) + i},${y}`);
  }
  return cells;
}

describe("QR code drawing", () => {
  it("draws exactly the code's dark modules, inside a quiet zone", () => {
    const { size, path } = qrDrawing(link);
    const { modules } = create(link, { errorCorrectionLevel: "M" });
    expect(size).toBe(modules.size + 2 * quietZone);
    const expected = new Set<string>();
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) expected.add(`${col + quietZone},${row + quietZone}`);
    }
    expect(cellsOf(path)).toEqual(expected);
    // Only rectangles, nothing else in the path.
    expect(path.replace(/M\d+ \d+h(\d+)v1h-\1z/g, "")).toBe("");
  });

  it("keeps a link small enough for a phone's camera", () => {
    // Version 5 or under (37 modules) for a link of this length at level M.
    expect(qrDrawing(link).size - 2 * quietZone).toBeLessThanOrEqual(37);
  });

  it("starts with a finder pattern in the top-left corner", () => {
    const cells = cellsOf(qrDrawing(link).path);
    for (let i = 0; i < 7; i++) {
      expect(cells.has(`${quietZone + i},${quietZone}`)).toBe(true);
      expect(cells.has(`${quietZone},${quietZone + i}`)).toBe(true);
    }
    expect(cells.has(`${quietZone + 1},${quietZone + 1}`)).toBe(false);
  });
});
