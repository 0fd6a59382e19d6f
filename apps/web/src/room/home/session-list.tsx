import type { SessionState, SessionSummary } from "@repair-room/protocol";
import type { UseRoom } from "../../connection/use-room";
import { exactDay, exactTime } from "../../devices/relative-time";
import { PlaceLink } from "../place-link";
import { sessionKindLabel, sessionRows } from "./session-status";

/** The room's sessions, newest first: when, where each stands, and the way to it. */
export function SessionList({ room, history, live }: { room: Pick<UseRoom, "roomId" | "token">; history: readonly SessionSummary[]; live: SessionState | null }) {
  const rows = sessionRows(history, live);
  return (
    <ol className="session-list" role="list" reversed>
      {rows.map((row) => (
        <li key={row.ordinal} className="card session-row" data-testid={`session-${row.ordinal}`} data-status={row.status}>
          <h3>
            Session {row.ordinal}
            <span className="muted session-kind"> · {sessionKindLabel(row)}</span>
          </h3>
          <p className={`session-status ${row.status}`}>
            {row.statusLabel}
            {row.closedAt !== null ? (
              <>
                {" "}
                on <Day at={row.closedAt} />
              </>
            ) : null}
          </p>
          {row.closedAt === null ? (
            <p className="muted">
              Opened <Day at={row.openedAt} />
            </p>
          ) : null}
          {row.status === "closed" ? (
            <PlaceLink room={room} place={{ kind: "recap", ordinal: row.ordinal }} className="button secondary">
              Read the recap<span className="visually-hidden"> of session {row.ordinal}</span>
            </PlaceLink>
          ) : (
            <PlaceLink room={room} place={{ kind: "live" }} className="button primary">
              Go to the session<span className="visually-hidden"> (session {row.ordinal})</span>
            </PlaceLink>
          )}
        </li>
      ))}
    </ol>
  );
}

function Day({ at }: { at: number }) {
  return (
    <time dateTime={new Date(at).toISOString()} title={exactTime(at)}>
      {exactDay(at)}
    </time>
  );
}
