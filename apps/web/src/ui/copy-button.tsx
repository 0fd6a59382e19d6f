import { useEffect, useState } from "react";

type CopyState = "idle" | "copied" | "selected";

/**
 * Copies `text`. Where the clipboard API is missing or refused (plain http on a LAN address,
 * some in-app browsers), it selects the text on screen so the person can copy it themselves.
 */
export function CopyButton({
  text,
  targetId,
  label,
  primary = false,
}: {
  text: string;
  targetId: string;
  label: string;
  /** When copying is the one thing this person should do next. */
  primary?: boolean;
}) {
  const [state, setState] = useState<CopyState>("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 4_000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      selectContents(targetId);
      setState("selected");
    }
  };

  return (
    <div className="copy">
      <button type="button" className={primary ? "button primary" : "button secondary"} aria-label={label} onClick={() => void copy()}>
        {state === "copied" ? "Copied" : "Copy"}
      </button>
      <span className="copy-status" aria-live="polite">
        {state === "copied" ? "Copied." : state === "selected" ? "Selected: now use your device's Copy." : ""}
      </span>
    </div>
  );
}

function selectContents(id: string): void {
  const element = document.getElementById(id);
  const selection = window.getSelection();
  if (!element || !selection) return;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}
