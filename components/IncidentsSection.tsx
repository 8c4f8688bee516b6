import { useState } from 'preact/hooks';
import { activeWorkspace, type KeelDb } from '@/utils/db';
import { countsInWords, labelCount } from '@/utils/export/format';
import { emptyCounts } from '@/utils/export/report-model';
import { downloadDisputeCsv, openIncidentReport, openPolicePacket } from './report/open';
import { Time } from './report/bits';
import { type Status, StatusLine } from './StatusLine';
import { useLiveQuery } from './use-live-query';

const STATUS_WORD = { open: 'Open', contained: 'Contained', resolved: 'Resolved' } as const;

/** The workspace's incidents, newest first, with their exports: the report, the dispute CSV and the police packet. */
export function IncidentsSection({ db }: { db: KeelDb }) {
  const data = useLiveQuery(async () => {
    const ws = await activeWorkspace(db);
    const incidents = (await db.incidents.where('workspaceId').equals(ws.id).toArray()).sort((a, b) => b.openedAt - a.openedAt);
    return Promise.all(
      incidents.map(async (incident) => {
        const counts = emptyCounts();
        await db.items
          .where('incidentId')
          .equals(incident.id)
          .each((i) => {
            counts[i.label]++;
          });
        return { incident, counts };
      }),
    );
  }, []);
  const [status, setStatus] = useState<Status>(null);
  const fail = (err: unknown) => setStatus({ kind: 'bad', text: err instanceof Error ? err.message : String(err) });

  return (
    <section aria-labelledby="incidents-h">
      <h2 id="incidents-h">Incidents</h2>
      <p>
        Pile-ons and anything you chose to track. For each: a printable report, a CSV of the flagged items with the reason to pick in each
        platform’s report form, and a packet for the police when there are threats.
      </p>
      {data.value?.length ? (
        <ul class="pages" aria-label="Incidents">
          {data.value.map(({ incident: inc, counts }) => (
            <li key={inc.id} class="page-row incident-row" data-incident={inc.id}>
              <span class="page-url">
                <strong>
                  <bdi>{inc.title}</bdi>
                </strong>
                <br />
                <span class="hint">
                  {STATUS_WORD[inc.status]} · opened <Time ms={inc.openedAt} /> · {countsInWords(counts)}
                </span>
              </span>
              <button type="button" class="secondary" aria-label={`Report: ${inc.title}`} onClick={() => openIncidentReport(inc.id).catch(fail)}>
                Report
              </button>
              <button
                type="button"
                class="secondary"
                aria-label={`Dispute CSV: ${inc.title}`}
                onClick={async () => {
                  try {
                    const n = await downloadDisputeCsv(db, inc.id);
                    setStatus({ kind: 'ok', text: `Saved a CSV of ${n} flagged ${n === 1 ? 'item' : 'items'}.` });
                  } catch (err) {
                    fail(err);
                  }
                }}
              >
                Dispute CSV
              </button>
              <button
                type="button"
                class="secondary"
                disabled={counts.threat === 0}
                title={counts.threat === 0 ? 'No threats in this incident' : labelCount('threat', counts.threat)}
                aria-label={`Police packet: ${inc.title}`}
                onClick={() => openPolicePacket(inc.id).catch(fail)}
              >
                Police packet
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty" data-testid="no-incidents">
          {data.value ? 'No incidents yet.' : ' '}
        </p>
      )}
      <StatusLine status={status} />
    </section>
  );
}
