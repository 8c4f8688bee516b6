/**
 * The popup's word on an incident on this page: what it is, since when, how far
 * the cleanup has got, and the next move (contain, resolve, report). With none
 * under way, a moderator can start one by hand.
 */
import { useState } from 'preact/hooks';
import { activeIncident } from '@/utils/background/incidents';
import { type Incident, incidentSummary, type KeelDb } from '@/utils/db';
import { countsInWords, localTime } from '@/utils/export/format';
import type { Label } from '@/utils/labels';
import { errorText, sendToBackground } from '@/utils/messaging/client';
import { Playbook } from './Playbook';
import { downloadDisputeCsv, openIncidentReport, openPolicePacket } from './report/open';
import { useQueueOpener } from './queue/open-queue';
import { type Status, StatusLine } from './StatusLine';
import { useLiveQuery } from './use-live-query';

interface Under {
  incident: Incident;
  total: number;
  handled: number;
  counts: Partial<Record<Label, number>>;
  threats: number;
}

async function underWay(db: KeelDb, pageKey: string): Promise<Under | null> {
  const incident = await activeIncident(db, pageKey);
  if (!incident) return null;
  // The incident's summary, kept by the background as its items change: one row, however many items.
  const s = await incidentSummary(db, incident.id);
  const counts: Partial<Record<Label, number>> = {};
  for (const [label, n] of Object.entries(s?.counts ?? {}) as [Label, number][]) if (n > 0) counts[label] = n;
  return { incident, total: s?.total ?? 0, handled: s?.handled ?? 0, counts, threats: counts.threat ?? 0 };
}

const STATUS_TEXT: Record<Incident['status'], string> = { open: 'Open', contained: 'Contained', resolved: 'Resolved' };

export function IncidentPanel({ db, pageKey, pageUrl }: { db: KeelDb; pageKey: string; pageUrl: string }) {
  const state = useLiveQuery(() => underWay(db, pageKey), [pageKey]);
  const openQueue = useQueueOpener();
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  const run = async (what: string, fn: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await fn();
      setStatus({ kind: 'ok', text: what });
    } catch (err) {
      setStatus({ kind: 'bad', text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  if (state.value === undefined) return null;
  if (state.value === null) {
    return (
      <div class="inc-none">
        <button
          type="button"
          class="secondary"
          disabled={busy}
          onClick={() => run('Incident started: everything done now is kept with it.', () => sendToBackground('incidents/open', { pageUrl, title: '', itemKeys: [] }))}
        >
          Start an incident for this page
        </button>
        <StatusLine status={status} />
      </div>
    );
  }

  const { incident, total, handled, counts, threats } = state.value;
  const setTo = (to: Incident['status'], words: string) => run(words, () => sendToBackground('incidents/status', { id: incident.id, status: to }));
  return (
    <section class={`incident s-${incident.status}`} aria-labelledby="inc-h" data-testid="incident">
      <h3 id="inc-h" class="inc-title">
        <span class="inc-status">{STATUS_TEXT[incident.status]} incident</span> <span dir="auto">{incident.title}</span>
      </h3>
      <p class="inc-meta">
        Since {localTime(incident.openedAt)} · {incident.trigger === 'burst' ? 'opened by Keel on a burst' : `opened by ${incident.openedBy}`}
      </p>
      <p class="inc-counts">{total ? countsInWords(counts) : 'No items in it yet.'}</p>
      <div class="inc-progress">
        <progress max={Math.max(total, 1)} value={handled} aria-label="Items dealt with" />
        <span>
          {handled} of {total} dealt with
        </span>
      </div>
      <div class="inc-actions">
        {/* The side panel opens only in answer to the click itself: nothing is awaited before it. */}
        <button type="button" onClick={() => void openQueue()}>
          Open cleanup queue
        </button>
        {incident.status === 'open' ? (
          <button type="button" disabled={busy} onClick={() => setTo('contained', 'Marked contained.')}>
            Mark contained
          </button>
        ) : (
          <button type="button" class="secondary" disabled={busy} onClick={() => setTo('open', 'Reopened.')}>
            Reopen
          </button>
        )}
        <button type="button" class="secondary" disabled={busy} onClick={() => setTo('resolved', 'Resolved: it stays in Settings › Incidents with its report.')}>
          Resolve
        </button>
        <button type="button" class="secondary" onClick={() => void openIncidentReport(incident.id)}>
          Report
        </button>
        <button type="button" class="secondary" onClick={() => run('Dispute file saved.', () => downloadDisputeCsv(db, incident.id))}>
          Dispute CSV
        </button>
        {threats ? (
          <button type="button" class="secondary" onClick={() => void openPolicePacket(incident.id)}>
            Police packet
          </button>
        ) : null}
      </div>
      <StatusLine status={status} />
      <Playbook db={db} incident={incident} />
    </section>
  );
}
