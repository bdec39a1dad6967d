// A correction of the record, made on the page that shows the mistake: the analyst picks what is
// wrong and gives a reason; the server records the correction and applies it at once, and again
// whenever articles are stored (POST /api/corrections, behind the write token). Every correction
// is listed at /corrections.
import type { ComponentChildren } from "preact";
import { useId, useState } from "preact/hooks";
import { postJson, token } from "../api.js";
import type { Correction, StoredCorrection } from "../types.js";

export interface CorrectionChoice {
  label: string;
  /** What the choice needs besides the reason, by input name; `suggestions` are offered as it is typed. */
  inputs?: { name: string; label: string; placeholder: string; suggestions?: { value: string; label: string }[] }[];
  /** The correction, from the inputs' values (trimmed). */
  correction: (values: Record<string, string>) => Correction;
}

export function CorrectionForm({ subject, choices, onDone }: { subject: string; choices: CorrectionChoice[]; onDone: (stored: StoredCorrection) => void }) {
  // The form's suggestion lists are named after an id unique on the page.
  const listId = useId();
  const [choice, setChoice] = useState(0);
  const [values, setValues] = useState<Record<string, string>>({});
  const [reason, setReason] = useState("");
  const [secret, setSecret] = useState(token.get());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const chosen = choices[choice]!;
  const incomplete = !reason.trim() || (chosen.inputs ?? []).some((i) => !values[i.name]?.trim());
  const send = async (e: Event) => {
    e.preventDefault();
    token.set(secret.trim());
    setBusy(true);
    setError(null);
    try {
      const given = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim()]));
      const stored = await postJson<StoredCorrection>("/api/corrections", { reason: reason.trim(), correction: chosen.correction(given) });
      setValues({});
      setReason("");
      onDone(stored);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const text = (set: (v: string) => void) => (e: Event) => set((e.currentTarget as HTMLInputElement).value);
  return (
    <details class="correct">
      <summary>Correct…</summary>
      <form class="correct-form" onSubmit={send}>
        <fieldset>
          <legend>{subject}</legend>
          {choices.map((c, i) => (
            <label class="choice"><input type="radio" name="kind" value={String(i)} checked={i === choice} onChange={() => setChoice(i)} /> {c.label}</label>
          ))}
        </fieldset>
        {chosen.inputs?.map((input) => (
          <label class="field wide">
            <span>{input.label}</span>
            <input name={input.name} value={values[input.name] ?? ""} placeholder={input.placeholder}
              list={input.suggestions?.length ? `${listId}-${input.name}` : undefined}
              onInput={text((v) => setValues((old) => ({ ...old, [input.name]: v })))} />
            {input.suggestions?.length ? (
              <datalist id={`${listId}-${input.name}`}>{input.suggestions.map((o) => <option value={o.value} label={o.label} />)}</datalist>
            ) : null}
          </label>
        ))}
        <label class="field wide"><span>Reason</span><input name="reason" value={reason} placeholder="What the articles say" onInput={text(setReason)} /></label>
        <label class="field"><span>Write token (ATTACHE_TOKEN)</span><input type="password" name="token" autocomplete="off" value={secret} onInput={text(setSecret)} /></label>
        <button type="submit" class="primary" disabled={busy || incomplete}>{busy ? "Recording…" : "Record the correction"}</button>
        {error && <div class="error" role="alert">{error}</div>}
      </form>
    </details>
  );
}

/** What a page says once a correction is recorded, with the way to the list of them all. */
export function CorrectionNotice({ stored, children }: { stored: StoredCorrection; children?: ComponentChildren }) {
  return (
    <div class="notice" role="status">
      Recorded: {stored.description}.{children} <a href="/corrections">All corrections</a>
    </div>
  );
}
