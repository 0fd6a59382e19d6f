import { create } from "qrcode";

/** A QR code as one SVG path, drawn on the device: the link never leaves it to be drawn. */
export interface QrDrawing {
  /** The width and height in modules, the quiet zone included. */
  size: number;
  /** The dark modules, in module units, as one path (runs of a row merged into one rectangle). */
  path: string;
}

/** The blank margin scanners need around the code, in modules (the standard asks for 4). */
export const quietZone = 4;

export function qrDrawing(text: string): QrDrawing {
  // Level M survives a smudged or glare-hit screen, and a link still fits a small code.
  const { modules } = create(text, { errorCorrectionLevel: "M" });
  const n = modules.size;
  const parts: string[] = [];
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.get(row, col)) col++;
      parts.push(`M${start + quietZone} ${row + quietZone}h${col - start}v1h-${col - start}z`);
    }
  }
  return { size: n + 2 * quietZone, path: parts.join("") };
}
