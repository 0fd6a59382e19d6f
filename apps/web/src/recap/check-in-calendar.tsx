import type { StoredRecap } from "@repair-room/protocol";
import { useEffect, useState, type FormEvent } from "react";
import { instantOf, suggestedCheckIn, type LocalDateTime } from "./check-in-time";
import { downloadFile } from "./download";
import { checkInFileName } from "./file-names";

// The calendar library is needed only here, on a press: its own chunk, fetched (from this
// origin) when this form first shows, so the press itself waits for nothing.
let icsModule: Promise<typeof import("./recap-ics")> | null = null;
const loadIcs = () => (icsModule ??= import("./recap-ics"));

/** The next check-in as a calendar event: a date and time the person picks, then an .ics file. */
export function CheckInCalendar({ recap }: { recap: StoredRecap }) {
  const [when, setWhen] = useState<LocalDateTime>(() => suggestedCheckIn(recap.closedAt));
  const [error, setError] = useState<string | null>(null);
  const [made, setMade] = useState(false);

  useEffect(() => {
    void loadIcs();
  }, []);

  const change = (next: LocalDateTime) => {
    setWhen(next);
    setError(null);
    setMade(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const start = instantOf(when);
    if (start === null) {
      setError("Please choose a date and a time.");
      return;
    }
    try {
      const { recapToIcs } = await loadIcs();
      // One id per session's check-in: a calendar that imports the file again, with another
      // time, moves the event instead of keeping two.
      const uid = `check-in-after-${recap.ordinal}-${recap.closedAt}@repair-room`;
      const ics = recapToIcs(recap, { start, uid, now: Date.now() });
      downloadFile(checkInFileName(when.date), ics, "text/calendar;charset=utf-8");
      setMade(true);
    } catch {
      icsModule = null;
      setError("The calendar file could not be made just now. Please try again.");
    }
  };

  return (
    <section className="card stack no-print" aria-labelledby="check-in-heading">
      <h2 id="check-in-heading">Your next check-in</h2>
      <p>Looking back at your next steps together, in a week or two, helps them stick. Pick a time that suits you both.</p>
      <form className="stack" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="check-in-heading">
        <div className="when-row">
          <WhenField kind="date" label="Date" value={when.date} onChange={(date) => change({ ...when, date })} invalid={Boolean(error && !when.date)} error={error} />
          <WhenField kind="time" label="Time" value={when.time} onChange={(time) => change({ ...when, time })} invalid={Boolean(error && !when.time)} error={error} />
        </div>
        {error ? (
          <p id="check-in-error" className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <p className="muted">An .ics file for your calendar app. Its title is just “Repair Room check-in”; the topic and your next steps are inside it, nothing either of you felt or said.</p>
        <button type="submit" className="button secondary wide">
          Download a calendar event
        </button>
        <p role="status">{made ? "Done. Open the file to add the check-in to your calendar." : ""}</p>
      </form>
    </section>
  );
}

/** The check-in's date or its time: both are needed, and share the form's one error. */
function WhenField({ kind, label, value, onChange, invalid, error }: { kind: "date" | "time"; label: string; value: string; onChange: (value: string) => void; invalid: boolean; error: string | null }) {
  const id = `check-in-${kind}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={kind}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required
        aria-invalid={invalid || undefined}
        aria-describedby={error ? "check-in-error" : undefined}
      />
    </div>
  );
}
