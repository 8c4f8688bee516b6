import { useState } from 'preact/hooks';
import { WorkspaceRulesSchema } from '@/utils/config/schema';
import { activeWorkspace, type KeelDb, type Workspace } from '@/utils/db';
import { sendToBackground } from '@/utils/messaging/client';
import { errorText } from './data-files';
import { type Status, StatusLine } from './StatusLine';
import { useLiveQuery } from './use-live-query';

// The status lives in the section: the form starts afresh when the saved values change.
function RulesForm({ ws, setStatus }: { ws: Workspace; setStatus: (s: Status) => void }) {
  const [minutes, setMinutes] = useState(String(ws.rules.ackTargetMinutes));
  const [capture, setCapture] = useState(ws.rules.autoCaptureThreats);
  const [notify, setNotify] = useState(ws.rules.notifyOnIncident);
  const [terms, setTerms] = useState(ws.rules.blockedTerms.join('\n'));
  const [errors, setErrors] = useState<string[]>([]);

  const save = async () => {
    const parsed = WorkspaceRulesSchema.safeParse({
      ackTargetMinutes: minutes.trim() === '' ? Number.NaN : Number(minutes),
      autoCaptureThreats: capture,
      notifyOnIncident: notify,
      blockedTerms: terms.split(/\r?\n/).map((t) => t.trim()).filter(Boolean),
    });
    if (!parsed.success) {
      setErrors([...new Set(parsed.error.issues.map((i) => i.message))]);
      setStatus({ kind: 'bad', text: 'Not saved.' });
      return;
    }
    setErrors([]);
    try {
      await sendToBackground('workspaces/update', { id: ws.id, rules: parsed.data });
      setStatus({ kind: 'ok', text: `Saved the rules of ${ws.name}.` });
    } catch (err) {
      setStatus({ kind: 'bad', text: `Not saved: ${errorText(err)}` });
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div class="field">
        <label for="rules-ack">Acknowledge a genuine complaint within (minutes)</label>
        <input id="rules-ack" type="number" min={1} max={10080} step={1} inputMode="numeric" value={minutes} onInput={(e) => setMinutes((e.target as HTMLInputElement).value)} />
      </div>
      <label class="check">
        <input type="checkbox" checked={capture} onChange={(e) => setCapture((e.target as HTMLInputElement).checked)} /> Capture threats as
        evidence as soon as Keel sees them
      </label>
      <label class="check">
        <input type="checkbox" checked={notify} onChange={(e) => setNotify((e.target as HTMLInputElement).checked)} /> Show a notification
        when an incident opens
      </label>
      <div class="field">
        <label for="rules-terms">Blocked words or phrases (one per line)</label>
        <textarea id="rules-terms" rows={4} value={terms} onInput={(e) => setTerms((e.target as HTMLTextAreaElement).value)} spellcheck={false} aria-describedby="rules-terms-hint" />
        <span class="hint" id="rules-terms-hint">
          A comment with one of these on your pages is always flagged as a troll.
        </span>
      </div>
      {errors.length ? (
        <ul class="errors" role="alert" aria-label="Problems in the rules">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      <div class="row">
        <button type="submit" class="copy">
          Save rules
        </button>
      </div>
    </form>
  );
}

/** The active workspace's rules: how fast to acknowledge, what to capture and notify, words it always flags. */
export function RulesSection({ db }: { db: KeelDb }) {
  const ws = useLiveQuery(() => activeWorkspace(db), []);
  const [status, setStatus] = useState<Status>(null);
  return (
    <section aria-labelledby="rules-h">
      <h2 id="rules-h">Rules {ws.value ? <span class="sub">of {ws.value.name}</span> : null}</h2>
      {ws.value ? <RulesForm key={`${ws.value.id}:${JSON.stringify(ws.value.rules)}`} ws={ws.value} setStatus={setStatus} /> : null}
      <StatusLine status={status} block />
    </section>
  );
}
