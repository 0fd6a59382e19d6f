import { draftSectionsSchema, isPartner, otherPartner, partsInWords, type AgreementsSession, type DraftSections, type PartnerRole } from "@repair-room/protocol";
import { useEffect, useState } from "react";
import { DraftView } from "../../cards/draft-view";
import { useDraft } from "../../devices/drafts";
import { check, focusFirstError, type FieldErrors } from "../form-errors";
import { hasChanges, keepMine, rebase, startEditing, takeTheirs, type LocalDraft } from "../merge-draft";
import { isSending, SendButton } from "../send-button";
import { Approvals, Appreciations } from "./approvals";
import { DraftEditor } from "./draft-editor";
import type { PhaseProps } from "./phase-props";

/**
 * Agreements: one shared recap draft. Each partner reads it, and may change it on their
 * device and save; the other's saved changes are merged in, or offered back when both changed
 * the same section. A change after an approval is named (who changed what, new lines marked)
 * and asks again. Closing needs both to approve the same draft.
 */
export function Agreements({ room, role, session, locked }: PhaseProps<AgreementsSession>) {
  const names = room.timeline.state.names;
  if (!isPartner(role)) {
    const changed = session.draft.changed;
    return (
      <>
        <section className="card stack" aria-labelledby="phase-heading">
          <h2 id="phase-heading" tabIndex={-1}>
            Their recap, together
          </h2>
          {changed ? <ChangedNotice text={`${names[changed.by]} last changed ${partsInWords(changed.parts)}. What's new is marked.`} /> : null}
          <DraftView sections={session.draft.sections} names={names} since={changed?.before} />
        </section>
        <Appreciations room={room} me={null} session={session} locked />
        <Approvals room={room} me={null} session={session} unsaved={false} locked />
      </>
    );
  }
  return <PartnerAgreements room={room} me={role} session={session} locked={locked} />;
}

function isLocalDraft(value: unknown): value is LocalDraft {
  return typeof value === "object" && value !== null && typeof (value as LocalDraft).baseVersion === "number" && typeof (value as LocalDraft).mine === "object";
}

function PartnerAgreements({ room, me, session, locked }: Pick<PhaseProps<AgreementsSession>, "room" | "session" | "locked"> & { me: PartnerRole }) {
  const [stored, setLocal, clearLocal] = useDraft<LocalDraft | null>(room, `s${session.ordinal}.agreements.draft`, null);
  const local = isLocalDraft(stored) ? stored : null;
  const [errors, setErrors] = useState<FieldErrors>({});
  const { draft } = session;
  const saving = isSending(room, "agreements.edit");

  // The room's draft moved on (the other's save, or our own coming back): carry edits over.
  useEffect(() => {
    if (!local || draft.version <= local.baseVersion) return;
    const next = rebase(local, draft);
    if (next) setLocal(next);
    else clearLocal();
    // Only a new version of the room's draft is news; the local copy is read as it is then.
  }, [draft.version]);

  const sections = local?.mine ?? draft.sections;
  const unsaved = hasChanges(local, draft);
  const [editing, setEditing] = useState(false);
  const names = room.timeline.state.names;
  const other = names[otherPartner(me)];
  const changed = draft.changed && draft.changed.by !== me && session.approvals[me] !== draft.version ? draft.changed : null;
  const askedAgain = changed?.unapproved.includes(me) ?? false;

  const edit = (patch: Partial<DraftSections>) => {
    const from = local ?? startEditing(draft);
    setLocal({ ...from, mine: { ...from.mine, ...patch } });
  };
  const save = () => {
    if (!local) return;
    const result = check(draftSectionsSchema, local.mine);
    if (!result.ok) {
      setErrors(result.errors);
      return focusFirstError(result.errors, (path) => (path.startsWith("nextSteps.") ? `step-${path.split(".")[1]}-${path.split(".")[2]}` : `draft-${path}`));
    }
    setErrors({});
    room.stopTyping();
    // Saving your words over theirs is the "keep mine" choice for any open offer.
    setLocal({ ...local, conflicts: [] });
    room.act({ type: "agreements.edit", baseVersion: local.baseVersion, content: result.data });
  };

  return (
    <>
      <section className="card stack" aria-labelledby="phase-heading">
        <h2 id="phase-heading" tabIndex={-1}>
          Your recap, together
        </h2>
        {changed ? (
          <ChangedNotice
            askedAgain={askedAgain}
            text={
              askedAgain
                ? `${other} changed ${partsInWords(changed.parts)} after you approved. What's new is marked: look again, and approve if it still feels right.`
                : `${other} changed ${partsInWords(changed.parts)}. What's new is marked.`
            }
          />
        ) : null}
        {editing || unsaved ? (
          <>
            <p>Save to share your changes with {other}. Anything you change asks you both to approve again.</p>
            <fieldset className="bare stack" disabled={locked || saving}>
              <DraftEditor
                room={room}
                sections={sections}
                local={local}
                errors={errors}
                onEdit={edit}
                onTakeTheirs={(section) => {
                  const next = local ? takeTheirs(local, section) : null;
                  if (next) setLocal(next);
                  else clearLocal();
                }}
                onKeepMine={(section) => local && setLocal(keepMine(local, section))}
              />
            </fieldset>
            <p className={unsaved ? "save-state unsaved" : "save-state"} aria-live="polite">
              {unsaved ? "You have changes that aren't saved yet." : `Saved. You and ${other} see these words now.`}
            </p>
            {unsaved ? <SendButton room={room} types={["agreements.edit"]} label="Save my changes" disabled={locked} onPress={save} /> : null}
            <button
              type="button"
              className="button quiet"
              onClick={() => {
                if (unsaved) clearLocal();
                setEditing(false);
              }}
            >
              {unsaved ? "Undo my changes" : "Done changing"}
            </button>
          </>
        ) : (
          <>
            <p>Read it through together. You can change anything; when the words feel right to you both, approve them.</p>
            <DraftView sections={draft.sections} names={names} since={changed?.before} />
            <button type="button" className="button secondary wide" disabled={locked} onClick={() => setEditing(true)}>
              Change something
            </button>
          </>
        )}
      </section>
      <Appreciations room={room} me={me} session={session} locked={locked} />
      <Approvals room={room} me={me} session={session} unsaved={unsaved} locked={locked} />
    </>
  );
}

/** Who changed what in the draft; louder when it set this partner's approval aside. */
function ChangedNotice({ text, askedAgain = false }: { text: string; askedAgain?: boolean }) {
  return (
    <p className={askedAgain ? "banner changed-notice" : "muted"} role="status" data-testid="draft-changed">
      {text}
    </p>
  );
}
