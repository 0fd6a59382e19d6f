import type { SessionFormat } from "@repair-room/protocol";
import { useRef, useState } from "react";
import type { UseRoom } from "../../connection/use-room";
import { navigate, roomPath } from "../../router";
import { ChoiceGroup } from "../../ui/choice-group";
import { SendButton } from "../send-button";

const formats: { value: SessionFormat; label: string }[] = [
  { value: "full", label: "The whole conversation" },
  { value: "checkInOnly", label: "A short check-in only" },
];

/**
 * Partners, once the last session is closed: open the next one, whole or a short check-in
 * (it can still be changed in its lobby), then go to it. The room decides whether it may.
 */
export function FollowUpStart({ room }: { room: UseRoom }) {
  const [format, setFormat] = useState<SessionFormat>("full");
  // The token as it is when the room answers (a re-issue may have changed it meanwhile).
  const token = useRef(room.token);
  token.current = room.token;
  const steps = room.timeline.state.lastRecap?.agreements.nextSteps.length ?? 0;
  return (
    <section className="card stack" aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading">Start a follow-up</h2>
      <p>
        {steps === 0
          ? "There were no next steps last time, so a follow-up begins with a check-in."
          : `A follow-up begins by looking back together at the ${steps === 1 ? "next step" : `${steps} next steps`} from last time: kept, partly, or not yet.`}
      </p>
      <ChoiceGroup<SessionFormat> name="follow-up-format" legend="How much time do you have?" choices={formats} value={format} onChange={setFormat} />
      <SendButton
        room={room}
        types={["session.openFollowUp"]}
        label="Start a follow-up"
        onPress={() =>
          room.act({ type: "session.openFollowUp", format }, (ack) => {
            if (ack.ok) navigate(roomPath(room.roomId, { kind: "live" }, token.current));
          })
        }
      />
    </section>
  );
}
