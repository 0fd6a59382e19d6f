import { actorName, textLimits, type DraftSections, type NextStep } from "@repair-room/protocol";
import { sectionTitles, StepsList } from "../../cards/draft-view";
import type { UseRoom } from "../../connection/use-room";
import type { FieldErrors } from "../form-errors";
import type { Conflict, LocalDraft, SectionKey } from "../merge-draft";
import { PartnerText } from "../partner-text";
import { NextStepsEditor } from "./next-steps-editor";

const hints: Record<Exclude<SectionKey, "nextSteps">, string> = {
  agreedTrue: "The things you both see the same way now.",
  unclear: "What you still see differently, or want to come back to. That's allowed.",
  practice: "For example: a word either of you can say to pause, or a weekly check-in.",
};

export interface DraftEditorProps {
  room: UseRoom;
  sections: DraftSections;
  local: LocalDraft | null;
  errors: FieldErrors;
  onEdit: (patch: Partial<DraftSections>) => void;
  onTakeTheirs: (section: SectionKey) => void;
  onKeepMine: (section: SectionKey) => void;
}

/** The shared draft's four sections, each with any change of the other's offered back beside it. */
export function DraftEditor({ room, sections, local, errors, onEdit, onTakeTheirs, onKeepMine }: DraftEditorProps) {
  const conflict = (section: SectionKey) => local?.conflicts.find((c) => c.section === section);
  const offer = (section: SectionKey) => {
    const c = conflict(section);
    return c ? <ConflictOffer room={room} conflict={c} onTakeTheirs={() => onTakeTheirs(section)} onKeepMine={() => onKeepMine(section)} /> : null;
  };
  const text = (section: Exclude<SectionKey, "nextSteps">) => (
    <div className="stack-tight">
      <PartnerText
        room={room}
        id={`draft-${section}`}
        label={sectionTitles[section]}
        hint={hints[section]}
        optional
        value={sections[section]}
        onChange={(value) => onEdit({ [section]: value })}
        maxLength={textLimits.draftSection}
        error={errors[section]}
      />
      {offer(section)}
    </div>
  );
  return (
    <div className="stack">
      {text("agreedTrue")}
      {text("unclear")}
      <div className="stack-tight">
        <h3 className="field-legend">{sectionTitles.nextSteps}</h3>
        <NextStepsEditor room={room} steps={sections.nextSteps} onChange={(nextSteps: NextStep[]) => onEdit({ nextSteps })} errors={errors} />
        {offer("nextSteps")}
      </div>
      {text("practice")}
    </div>
  );
}

/** Someone else saved this section while you were changing it: their words, offered back. */
function ConflictOffer({ room, conflict, onTakeTheirs, onKeepMine }: { room: UseRoom; conflict: Conflict; onTakeTheirs: () => void; onKeepMine: () => void }) {
  const names = room.timeline.state.names;
  const edit = room.timeline.events.find((e) => e.type === "agreements.edited" && e.version === conflict.version);
  const who = edit ? actorName(edit.actor, names) : "Your partner";
  const theirs = conflict.theirs;
  return (
    <div className="conflict" role="status">
      <p>
        <strong>{who} changed this too</strong> while you were writing. Your words are kept below; here are theirs:
      </p>
      {typeof theirs === "string" ? (
        <p className="quote prewrap">{theirs || "(left empty)"}</p>
      ) : (
        <StepsList steps={theirs} names={names} />
      )}
      <div className="button-row">
        <button type="button" className="button secondary" onClick={onTakeTheirs}>
          Use theirs
        </button>
        <button type="button" className="button secondary" onClick={onKeepMine}>
          Keep mine
        </button>
      </div>
    </div>
  );
}
