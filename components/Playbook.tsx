/**
 * An incident's playbook in the popup: a burst is a smear campaign; for an
 * incident opened by hand the moderator picks smear campaign, extortion or
 * threat (Keel suggests one from its items). The choice is stored as a ticked
 * `playbook:<id>` step of the incident, so it is logged like any step. Each
 * tick goes through incidents/step: a `step` row with the incident's id.
 */
import { useEffect, useState } from 'preact/hooks';
import { type Incident, incidentSummary, type KeelDb } from '@/utils/db';
import { errorText, sendToBackground } from '@/utils/messaging/client';
import { PLATFORMS, type Platform } from '@/utils/model';
import { pageTarget } from '@/utils/pages';
import { chosenPlaybook, incidentPlaybookFrom, mainPlatformOf, PLATFORM_NAMES, PLAYBOOK_KEY, playbookSteps } from '@/utils/playbooks/checklists';
import { countDone, incidentStepState, stepProgress } from '@/utils/playbooks/state';
import { PLAYBOOK_NAMES, type PlaybookId } from '@/utils/playbooks/types';
import { StepList } from './Checklist';
import { type Status, StatusLine } from './StatusLine';
import { useLiveQuery } from './use-live-query';

const PICKABLE: PlaybookId[] = ['smear', 'extortion', 'threat'];

const SOURCE_TEXT = {
  burst: 'Keel opened this on a burst of coordinated items.',
  suggested: 'Suggested from its items: pick another if it fits better.',
  chosen: 'Chosen by a moderator.',
} as const;

export function Playbook({ db, incident }: { db: KeelDb; incident: Incident }) {
  // The incident's summary (counts kept by the background), not its items: an incident can hold thousands.
  const summary = useLiveQuery(async () => (await incidentSummary(db, incident.id)) ?? null, [incident.id]);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  // The pick shows at once; it stands until the stored incident says the same (or the write fails).
  const [picked, setPicked] = useState<PlaybookId | null>(null);
  const stored = chosenPlaybook(incident.steps);
  useEffect(() => {
    if (picked !== null && stored === picked) setPicked(null);
  }, [stored, picked]);
  if (summary.value === undefined) return null;
  const s = summary.value ?? { total: 0, counts: {}, platforms: {}, done: {}, extortion: 0 };
  const target = pageTarget(incident.pageUrl);
  const own = target.ok && (PLATFORMS as readonly string[]).includes(target.target.adapter) ? (target.target.adapter as Platform) : 'custom';
  const found = incidentPlaybookFrom(incident, s, own);
  const pb = picked ? { id: picked, source: 'chosen' as const, steps: playbookSteps(picked, mainPlatformOf(s.platforms, own)) } : found;
  const state = incidentStepState(pb.steps, incident.steps);
  const progress = countDone(pb.steps, state);
  const platform = PLATFORM_NAMES[mainPlatformOf(s.platforms, own)];

  const choose = async (to: PlaybookId) => {
    if (to === pb.id && pb.source === 'chosen') return;
    setBusy(true);
    setPicked(to);
    try {
      await sendToBackground('incidents/step', { id: incident.id, step: `${PLAYBOOK_KEY}${to}`, done: true });
      // One choice stands: the earlier one is unticked (the log keeps both).
      for (const key of Object.keys(incident.steps)) {
        if (key.startsWith(PLAYBOOK_KEY) && key !== `${PLAYBOOK_KEY}${to}`) await sendToBackground('incidents/step', { id: incident.id, step: key, done: false });
      }
      setStatus({ kind: 'ok', text: `Playbook: ${PLAYBOOK_NAMES[to]}. Logged.` });
    } catch (err) {
      setPicked(null);
      setStatus({ kind: 'bad', text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <details class="pb" open data-testid="playbook" data-playbook={pb.id}>
      <summary>
        <span class="pb-title">Playbook: {PLAYBOOK_NAMES[pb.id]}</span>{' '}
        <span class="cl-count">
          {progress.done} of {progress.total} done
        </span>
      </summary>
      <p class="cl-summary">
        {SOURCE_TEXT[pb.source]} Steps for {platform}.
      </p>
      {incident.trigger === 'manual' ? (
        <fieldset class="pb-pick" disabled={busy}>
          <legend>Which playbook fits?</legend>
          {PICKABLE.map((id) => (
            <label key={id}>
              <input type="radio" name={`pb-${incident.id}`} value={id} checked={pb.id === id} onChange={() => void choose(id)} /> {PLAYBOOK_NAMES[id]}
            </label>
          ))}
        </fieldset>
      ) : null}
      <StatusLine status={status} block />
      <StepList
        name={`pb-${pb.id}`}
        steps={pb.steps}
        state={state}
        onToggle={async (step, done) => {
          await sendToBackground('incidents/step', { id: incident.id, step: step.id, done });
          return `${done ? 'Done' : 'Not done'}: ${step.text}. Logged.`;
        }}
        extra={(step) => {
          const p = stepProgress(step, s);
          return p?.total ? (
            <p class="step-count">
              {p.done} of {p.total} items marked
            </p>
          ) : null;
        }}
      />
    </details>
  );
}
