import type { UseRoom } from "../connection/use-room";
import { TextAreaField } from "../ui/text-area-field";
import { GentleHint } from "./gentle-hint";

export interface PartnerTextProps {
  room: UseRoom;
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  error?: string | undefined;
  optional?: boolean;
  rows?: number;
}

/**
 * A partner's text box: labelled, with the gentle-language note under it, and "writing…"
 * shown to the others while it is in use (never what is written).
 */
export function PartnerText({ room, id, onChange, value, ...field }: PartnerTextProps) {
  const gentleId = `${id}-gentle`;
  return (
    <TextAreaField
      {...field}
      id={id}
      value={value}
      onChange={(next) => {
        onChange(next);
        room.typing();
      }}
      belowId={gentleId}
      below={<GentleHint id={gentleId} text={value} />}
    />
  );
}
