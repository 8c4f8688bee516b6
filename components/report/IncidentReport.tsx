import { useState } from 'preact/hooks';
import type { KeelDb } from '@/utils/db';
import { duration, labelCount } from '@/utils/export/format';
import type { ReportModel } from '@/utils/export/report-model';
import { LABEL_TEXT, LABELS } from '@/utils/labels';
import { BlobImage, Hash, HashCheck, SafeLink, Time } from './bits';
import type { EvidenceFiles } from './load';
import { downloadDisputeCsv } from './open';
import { TimelineChart } from './TimelineChart';
import '../labels.css';

function StatusText({ m }: { m: ReportModel }) {
  if (m.status === 'resolved' && m.resolvedAt != null) {
    return (
      <>
        Resolved at <Time ms={m.resolvedAt} />, {duration(m.resolvedAt - m.openedAt)} after it opened
        {m.containedAt != null ? (
          <>
            {' '}
            (contained at <Time ms={m.containedAt} />)
          </>
        ) : null}
        .
      </>
    );
  }
  if (m.status === 'contained' && m.containedAt != null) {
    return (
      <>
        Contained at <Time ms={m.containedAt} />, {duration(m.containedAt - m.openedAt)} after it opened. Not yet resolved.
      </>
    );
  }
  return (
    <>
      Open since <Time ms={m.openedAt} /> ({duration(m.generatedAt - m.openedAt)} so far).
    </>
  );
}

const STATUS_WORD = { open: 'Open', contained: 'Contained', resolved: 'Resolved' } as const;

export function IncidentReport({ model: m, business, files, db }: { model: ReportModel; business: string; files: EvidenceFiles; db: KeelDb }) {
  const [csvStatus, setCsvStatus] = useState('');
  const threats = m.counts.threat;
  const policeHref = `report.html?${new URLSearchParams({ incident: m.id, kind: 'police' }).toString()}`;
  return (
    <main class="report" aria-labelledby="report-h">
      <header class="doc-head">
        <p class="kicker">Incident report · {business}</p>
        <h1 id="report-h">
          <bdi>{m.title}</bdi>
        </h1>
        <p class="muted">
          Made with Keel on <Time ms={m.generatedAt} />. Everything in it was read from this device.
        </p>
        <div class="toolbar no-print">
          <button type="button" class="copy" onClick={() => window.print()}>
            Print / Save as PDF
          </button>
          <button
            type="button"
            class="secondary"
            onClick={async () => {
              try {
                const n = await downloadDisputeCsv(db, m.id);
                setCsvStatus(`Saved a CSV of ${n} flagged ${n === 1 ? 'item' : 'items'}.`);
              } catch (err) {
                setCsvStatus(`Not saved: ${err instanceof Error ? err.message : String(err)}`);
              }
            }}
          >
            Download dispute CSV
          </button>
          {threats > 0 ? (
            <a class="secondary button-link" href={policeHref}>
              Police packet ({labelCount('threat', threats)})
            </a>
          ) : null}
          <span role="status" class="status ok">
            {csvStatus}
          </span>
        </div>
      </header>

      <section aria-labelledby="sum-h">
        <h2 id="sum-h">Summary</h2>
        <dl class="facts">
          <dt>Page</dt>
          <dd>
            <SafeLink href={m.pageUrl} />
          </dd>
          <dt>Platform</dt>
          <dd>{m.platformName}</dd>
          <dt>Status</dt>
          <dd data-testid="status">
            <strong>{STATUS_WORD[m.status]}.</strong> <StatusText m={m} />
          </dd>
          <dt>Opened</dt>
          <dd>
            <Time ms={m.openedAt} />,{' '}
            {m.trigger === 'burst' ? (
              <>automatically by Keel, on a burst of negative items from first-time authors.</>
            ) : (
              <>
                by <bdi>{m.openedBy || 'a moderator'}</bdi>.
              </>
            )}
          </dd>
          <dt>What arrived</dt>
          <dd data-testid="counts-text">{m.countsText}.</dd>
          <dt>Handled</dt>
          <dd data-testid="handled">
            {m.handled} of {m.total} {m.total === 1 ? 'item' : 'items'} labelled or acted on by a person
            {m.steps ? `; ${m.steps} playbook ${m.steps === 1 ? 'step' : 'steps'} ticked` : ''}.
          </dd>
        </dl>
        <ul class="counts" aria-label="Items by label">
          {LABELS.map((l) => (
            <li key={l} class={`count l-${l}`} data-label={l}>
              <span class="count-n">{m.counts[l]}</span>
              <span class="count-name">{LABEL_TEXT[l].name}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="tl-h" class="keep">
        <h2 id="tl-h">Timeline</h2>
        <TimelineChart timeline={m.timeline} />
      </section>

      <section aria-labelledby="act-h">
        <h2 id="act-h">Actions ({m.actions.length})</h2>
        {m.actions.length ? (
          <table class="grid actions" data-testid="actions">
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Item</th>
                <th scope="col">Cause</th>
              </tr>
            </thead>
            <tbody>
              {m.actions.map((a, i) => (
                <tr key={a.seq ?? i}>
                  <td>
                    <Time ms={a.at} />
                  </td>
                  <td>
                    <bdi>{a.actor}</bdi>
                  </td>
                  <td>
                    <bdi>{a.what}</bdi>
                  </td>
                  <td>
                    <bdi>{a.item}</bdi>
                  </td>
                  <td>{a.cause}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p class="empty">No actions recorded for this incident yet.</p>
        )}
      </section>

      <section aria-labelledby="ev-h">
        <h2 id="ev-h">Evidence ({m.evidence.length})</h2>
        {m.evidence.length ? (
          <>
            <p class="muted">
              Each capture’s SHA-256 was computed when it was taken, over the captured text, links, times and screenshot. Keel computed it
              again for this report and says below whether it still matches.
            </p>
            <ul class="evidence">
              {m.evidence.map((e) => {
                const shot = files.screenshots.get(e.id);
                return (
                  <li key={e.id} class="ev" data-evidence={e.id}>
                    {shot ? (
                      <BlobImage blob={shot} alt={`Screenshot of the ${LABEL_TEXT[e.label].name.toLowerCase()} item by ${e.author}`} class="thumb" />
                    ) : (
                      <span class="thumb none">No screenshot</span>
                    )}
                    <div class="ev-body">
                      <p class="ev-head">
                        <span class={`pill l-${e.label}`}>{LABEL_TEXT[e.label].name}</span> <bdi class="strong">{e.author}</bdi>
                      </p>
                      <p class="ev-text">
                        <bdi>{e.text}</bdi>
                      </p>
                      <p class="muted">
                        Captured <Time ms={e.capturedAt} /> by <bdi>{e.capturedBy}</bdi>
                        {e.auto ? ' (automatically, when first seen)' : ''}.
                      </p>
                      <p class="muted">
                        Link: <SafeLink href={e.permalink} />
                      </p>
                      <p class="muted">
                        SHA-256: <Hash sha256={e.sha256} />
                      </p>
                      <p>
                        <HashCheck ok={files.verified.get(e.id)} />
                      </p>
                    </div>
                  </li>
                );
              })}
            </ul>
          </>
        ) : (
          <p class="empty">No evidence captured for this incident.</p>
        )}
      </section>
    </main>
  );
}
