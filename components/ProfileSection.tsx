import { useState } from 'preact/hooks';
import { activeWorkspace, type KeelDb, type Workspace } from '@/utils/db';
import { sendToBackground } from '@/utils/messaging/client';
import { WorkspaceProfileSchema, type WorkspaceProfile } from '@/utils/model';
import { errorText } from './data-files';
import { type Status, StatusLine } from './StatusLine';
import { useLiveQuery } from './use-live-query';

type Field = keyof WorkspaceProfile;

const FIELDS: { key: Field; label: string; hint?: string; list?: boolean; full?: boolean }[] = [
  { key: 'businessName', label: 'Business name' },
  { key: 'managerName', label: 'Practice manager (signs replies)' },
  { key: 'phone', label: 'Phone' },
  { key: 'email', label: 'Email' },
  { key: 'hours', label: 'Opening hours', full: true },
  { key: 'services', label: 'Services', hint: 'One per line. A comment naming one of them is likely a real patient or customer.', list: true },
  { key: 'staff', label: 'Staff names', hint: 'One per line. Used the same way, and checked in replies you type.', list: true },
];

const LABEL_OF = Object.fromEntries(FIELDS.map((f) => [f.key, f.label])) as Record<Field, string>;

type Form = Record<Field, string>;

const toForm = (p: WorkspaceProfile): Form => ({ ...p, services: p.services.join('\n'), staff: p.staff.join('\n') });
const lines = (s: string) => s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

/** The form's values as a profile, or what is wrong with each field, in words. */
export function checkProfile(form: Form): { ok: true; profile: WorkspaceProfile } | { ok: false; errors: Partial<Record<Field, string>> } {
  const candidate = {
    businessName: form.businessName.trim(),
    managerName: form.managerName.trim(),
    phone: form.phone.trim(),
    email: form.email.trim(),
    hours: form.hours.trim(),
    services: lines(form.services),
    staff: lines(form.staff),
  };
  const errors: Partial<Record<Field, string>> = {};
  const parsed = WorkspaceProfileSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as Field;
      if (errors[key]) continue;
      const label = LABEL_OF[key] ?? key;
      if (issue.code === 'too_small') errors[key] = `${label} is needed.`;
      else if (issue.code === 'too_big') {
        errors[key] = issue.path.length > 1 ? `${label}: line ${Number(issue.path[1]) + 1} is too long (at most ${issue.maximum} characters).` : `${label} is too long (at most ${issue.maximum}).`;
      } else errors[key] = `${label}: ${issue.message}`;
    }
  }
  if (candidate.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(candidate.email) && !errors.email) {
    errors.email = 'Email does not look like an address (name@example.com).';
  }
  return parsed.success && !Object.keys(errors).length ? { ok: true, profile: parsed.data } : { ok: false, errors };
}

// The status lives in the section: the form starts afresh when the saved values change.
function ProfileForm({ ws, setStatus }: { ws: Workspace; setStatus: (s: Status) => void }) {
  const [form, setForm] = useState<Form>(() => toForm(ws.profile));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const save = async () => {
    const checked = checkProfile(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      setStatus({ kind: 'bad', text: 'Not saved: fix the fields marked below.' });
      return;
    }
    setErrors({});
    try {
      await sendToBackground('workspaces/update', { id: ws.id, profile: checked.profile });
      setStatus({ kind: 'ok', text: `Saved the profile of ${ws.name}.` });
    } catch (err) {
      setStatus({ kind: 'bad', text: `Not saved: ${errorText(err)}` });
    }
  };

  return (
    <form
      noValidate
      class="fields"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {FIELDS.map((f) => {
        const id = `profile-${f.key}`;
        const error = errors[f.key];
        const input = {
          id,
          value: form[f.key],
          'aria-invalid': error ? true : undefined,
          'aria-describedby': error ? `${id}-err` : f.hint ? `${id}-hint` : undefined,
          onInput: (e: Event) => setForm({ ...form, [f.key]: (e.target as HTMLInputElement).value }),
        };
        return (
          <div key={f.key} class={f.full ? 'field full' : 'field'}>
            <label for={id}>{f.label}</label>
            {f.list ? <textarea {...input} rows={4} spellcheck={false} /> : <input type="text" inputMode={f.key === 'email' ? 'email' : f.key === 'phone' ? 'tel' : 'text'} {...input} autocomplete="off" />}
            {f.hint && !error ? (
              <span class="hint" id={`${id}-hint`}>
                {f.hint}
              </span>
            ) : null}
            {error ? (
              <span class="status bad" id={`${id}-err`}>
                {error}
              </span>
            ) : null}
          </div>
        );
      })}
      <div class="row full">
        <button type="submit" class="copy">
          Save profile
        </button>
      </div>
    </form>
  );
}

/** The active workspace's details: what replies are filled with and what tells a real patient. */
export function ProfileSection({ db }: { db: KeelDb }) {
  const ws = useLiveQuery(() => activeWorkspace(db), []);
  const [status, setStatus] = useState<Status>(null);
  return (
    <section aria-labelledby="profile-h">
      <h2 id="profile-h">Profile {ws.value ? <span class="sub">of {ws.value.name}</span> : null}</h2>
      <p>Safe replies are filled with these details, and Keel reads a comment that names your services or staff as a real patient’s.</p>
      {/* Keyed by workspace and profile: switching, an import or a restore starts the form afresh. */}
      {ws.value ? <ProfileForm key={`${ws.value.id}:${JSON.stringify(ws.value.profile)}`} ws={ws.value} setStatus={setStatus} /> : null}
      <StatusLine status={status} block />
    </section>
  );
}
