import { createRoomSchema, textLimits, type CreatedRoom, type PartnerRole } from "@repair-room/protocol";
import { useRef, useState, type FormEvent } from "react";
import { createRoom } from "../api";
import { TextField } from "../ui/text-field";

/** The form's fields, named by the protocol's dotted paths so server errors land on them. */
const fields = ["topic", "partnerA.name", "partnerB.name"] as const;
type Field = (typeof fields)[number];
type Errors = Partial<Record<Field, string>>;

const isField = (path: string): path is Field => (fields as readonly string[]).includes(path);

export interface CreateRoomFormProps {
  onCreated: (room: CreatedRoom, names: Record<PartnerRole, string>) => void;
}

export function CreateRoomForm({ onCreated }: CreateRoomFormProps) {
  const [values, setValues] = useState<Record<Field, string>>({ topic: "", "partnerA.name": "", "partnerB.name": "" });
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});

  const set = (field: Field) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    // A correction clears that field's message; the rest stay until the next try.
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const showErrors = (next: Errors) => {
    setErrors(next);
    const first = fields.find((f) => next[f]);
    if (first) inputs.current[first]?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    const parsed = createRoomSchema.safeParse({
      topic: values.topic,
      partnerA: { name: values["partnerA.name"] },
      partnerB: { name: values["partnerB.name"] },
    });
    if (!parsed.success) {
      const next: Errors = {};
      for (const issue of parsed.error.issues) {
        const path = issue.path.map(String).join(".");
        if (isField(path)) next[path] ??= issue.message;
      }
      showErrors(next);
      return;
    }
    showErrors({});
    setBusy(true);
    const result = await createRoom(parsed.data);
    setBusy(false);
    if (result.ok) {
      onCreated(result.room, { partnerA: parsed.data.partnerA.name, partnerB: parsed.data.partnerB.name });
    } else if (result.field && isField(result.field)) {
      showErrors({ [result.field]: result.message });
    } else {
      setFormError(result.message);
    }
  };

  const field = (name: Field) => ({
    id: name.replace(".", "-"),
    value: values[name],
    onChange: set(name),
    error: errors[name],
    ref: (el: HTMLInputElement | null) => {
      inputs.current[name] = el;
    },
  });

  return (
    <form className="card stack" onSubmit={(event) => void submit(event)} noValidate aria-label="Create a room">
      <TextField
        {...field("topic")}
        label="What would you like to talk about?"
        hint="One short line you both will see, like “what I said about the holidays”."
        maxLength={textLimits.topic}
      />
      <TextField {...field("partnerA.name")} label="Your name" maxLength={textLimits.displayName} autoComplete="given-name" />
      <TextField {...field("partnerB.name")} label="Your partner's name" maxLength={textLimits.displayName} />
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <button type="submit" className="button primary wide" aria-disabled={busy || undefined}>
        {busy ? "Creating your room…" : "Create our room"}
      </button>
    </form>
  );
}
