import { useEffect, useId, useState } from "react";
import type { QrDrawing } from "./qr-path";

/**
 * "Show QR code" for a link, so it can be opened on a phone held up to this screen. Hidden
 * until asked for: the page stays calm. Drawn here as an inline SVG (no image request, no
 * inline script or style: the colours are SVG attributes), dark on white in both palettes
 * because scanners expect that.
 */
export function QrCodeToggle({ text, name }: { text: string; name: string }) {
  const [shown, setShown] = useState(false);
  const id = useId();
  return (
    <div className="qr">
      <button type="button" className="button quiet qr-toggle" aria-expanded={shown} aria-controls={id} onClick={() => setShown((s) => !s)}>
        {shown ? "Hide QR code" : "Show QR code"}
        <span className="visually-hidden"> for {name}</span>
      </button>
      <div id={id}>{shown ? <QrCode text={text} label={`QR code for ${name}`} /> : null}</div>
    </div>
  );
}

/** The code itself. The encoder is loaded on first use: most visits never show a code. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [drawing, setDrawing] = useState<{ text: string; drawing: QrDrawing } | null>(null);
  useEffect(() => {
    let current = true;
    void import("./qr-path").then(({ qrDrawing }) => {
      if (current) setDrawing({ text, drawing: qrDrawing(text) });
    });
    return () => {
      current = false;
    };
  }, [text]);

  // A re-issued link must never show the old link's code, even for a moment.
  if (drawing?.text !== text) return <p className="muted">Drawing the QR code…</p>;
  const { size, path } = drawing.drawing;
  return (
    <svg className="qr-code" role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} shapeRendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
