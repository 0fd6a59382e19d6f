import type { FlagKind } from "./analyse";

/**
 * One labelled sentence. `escalating` says whether it tends to make the other person defend
 * rather than listen (labelled by a person, not by the helper); `kind` says why.
 */
export interface LabelledSentence {
  text: string;
  escalating: boolean;
  kind?: FlagKind;
}

export const esc = (kind: FlagKind, text: string): LabelledSentence => ({ text, escalating: true, kind });
export const gentle = (text: string): LabelledSentence => ({ text, escalating: false });
