import { useEffect, useState } from "react";
import { analyse, type Flag } from "../gentle/analyse";
import { hintLine } from "../gentle/hint";

/** Wait for a short lull in typing before looking, so the note doesn't flicker word by word. */
const settleMs = 700;
const shownAtMost = 2;

/**
 * The gentle-language helper under a partner's text box: on this device only (nothing is sent
 * anywhere for it), it points out phrasing that tends to escalate and offers an "I" form.
 * It advises and never blocks: Send is never disabled because of it.
 */
export function GentleHint({ id, text }: { id: string; text: string }) {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), settleMs);
    return () => clearTimeout(timer);
  }, [text]);
  const flags = text.trim() === "" ? [] : safeAnalyse(settled).slice(0, shownAtMost);

  return (
    <div id={id} className="gentle" aria-live="polite">
      {flags.length > 0 ? (
        <>
          <p className="gentle-title">A gentler way to say it?</p>
          <ul className="gentle-list">
            {flags.map((flag) => (
              <HintItem key={`${flag.start}-${flag.kind}`} flag={flag} />
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/**
 * One flag: the reason, which quotes the phrase once, then the suggestion with its own "Try".
 * Each is shown as it is, with nothing added (see gentle/hint.ts), so nothing reads twice.
 */
export function HintItem({ flag }: { flag: Flag }) {
  const line = hintLine(flag);
  return (
    <li>
      {line.before}
      <span className="gentle-phrase">{line.quoted}</span>
      {line.after} <span className="gentle-try">{line.suggestion}</span>
    </li>
  );
}

function safeAnalyse(text: string): Flag[] {
  try {
    return analyse(text);
  } catch {
    return []; // the helper must never get in the way of writing
  }
}
