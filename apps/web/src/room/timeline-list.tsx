import { describeEvent, type EngineOptions, type PartnerRole, type RoomEvent } from "@repair-room/protocol";

const clock = (at: number) => new Date(at).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });

/** Every accepted action, in order, in the same words on every screen. */
export function TimelineList({ events, names, options }: { events: readonly RoomEvent[]; names: Record<PartnerRole, string>; options: EngineOptions }) {
  return (
    <details className="card more timeline">
      <summary>What's happened so far ({events.length})</summary>
      <ol className="timeline-list details-body" data-testid="timeline">
        {events.map((event) => (
          <li key={event.seq} className="timeline-item">
            <time dateTime={new Date(event.at).toISOString()}>{clock(event.at)}</time> <span>{describeEvent(event, names, options)}</span>
          </li>
        ))}
      </ol>
    </details>
  );
}
