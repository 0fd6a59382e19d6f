import { draftSectionsSchema, isPartner, type AgreementsSession, type DraftSections, type PartnerRole } from "@repair-room/protocol";
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
 * Agreements: one shared, versioned recap draft. Each partner edits a copy on their device
 * and saves it; the other's saved changes are merged in, or offered back when both changed
 * the same section. Closing needs both to approve the same version.
 */
export function Agreements({ room, role, session, locked }: PhaseProps<AgreementsSession>) {
  const names = room.timeline.state.names;
  if (!isPartner(role)) {
    return (
      <>
        <section className="card stack" aria-labelledby="phase-heading">
          <h2 id="phase-heading" tabIndex={-1}>
            Their recap, version {session.draft.version}
          </h2>
          <DraftView sections={session.draft.sections} names={names} />
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
        <p>
          You both write this. Save to share your changes; when the words feel right to you both, approve the same
          version.
        </p>
        <fieldset className="bare stack" disabled={locked || saving}>
          <DraftEditor
            room={room}
            session={session}
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
          {unsaved ? "You have changes that aren't saved yet." : `Saved. This is version ${draft.version}.`}
        </p>
        {unsaved ? (
          <fieldset className="bare" disabled={locked}>
            <SendButton room={room} types={["agreements.edit"]} label="Save my changes" onPress={save} />
          </fieldset>
        ) : null}
      </section>
      <Appreciations room={room} me={me} session={session} locked={locked} />
      <Approvals room={room} me={me} session={session} unsaved={unsaved} locked={locked} />
    </>
  );
}
