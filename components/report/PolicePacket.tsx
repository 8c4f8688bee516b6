import type { PolicePacket as Packet } from '@/utils/export/police-model';
import { isDateOnly, isoPosted, isoTime } from '@/utils/export/format';
import { BlobImage, Hash, HashCheck, PageText, SafeLink, Time } from './bits';
import type { EvidenceFiles } from './load';

function When({ ms }: { ms: number }) {
  if (isDateOnly(ms)) return <>{isoPosted(ms)} (the date only: the platform showed no time of day)</>;
  return (
    <>
      {isoTime(ms)} UTC (<Time ms={ms} />)
    </>
  );
}

export function PolicePacket({ packet: p, files }: { packet: Packet; files: EvidenceFiles }) {
  const n = p.threats.length;
  return (
    <main class="report police" aria-labelledby="police-h">
      <header class="doc-head">
        <p class="kicker">For the police · {p.businessName}</p>
        <h1 id="police-h">
          {n === 1 ? 'One threat' : `${n} threats`} made against <bdi>{p.businessName}</bdi> on {p.platformName}
        </h1>
        <p class="muted">
          Prepared by <bdi>{p.preparedBy}</bdi> with Keel on <When ms={p.generatedAt} />.
          {p.incidentTitle ? (
            <>
              {' '}
              Part of the incident “<bdi>{p.incidentTitle}</bdi>”.
            </>
          ) : null}
        </p>
        <div class="toolbar no-print">
          <button type="button" class="copy" onClick={() => window.print()}>
            Print / Save as PDF
          </button>
        </div>
      </header>

      <section aria-labelledby="officer-h" class="officer">
        <h2 id="officer-h">For the officer reading this</h2>
        {p.header.map((para) => (
          <p key={para}>{para}</p>
        ))}
        <p>
          The page concerned: <SafeLink href={p.pageUrl} />
        </p>
      </section>

      {n === 0 ? <p class="empty">No item here is labelled as a threat.</p> : null}
      {p.threats.map((t, i) => (
        <article key={t.key} class="threat" aria-labelledby={`t-${i}`} data-testid="threat">
          <h2 id={`t-${i}`}>
            Threat {i + 1} of {n}
          </h2>
          <blockquote class="threat-text">
            <PageText text={t.text} />
          </blockquote>
          <dl class="facts">
            <dt>Posted by</dt>
            <dd>
              <strong>
                <PageText text={t.author || 'No name shown'} />
              </strong>
            </dd>
            <dt>Their profile</dt>
            <dd>
              <SafeLink href={t.profileUrl} />
            </dd>
            <dt>Link to the post</dt>
            <dd>
              <SafeLink href={t.permalink} />
            </dd>
            <dt>On the page</dt>
            <dd>
              <SafeLink href={t.pageUrl} /> ({t.platformName})
            </dd>
            <dt>Posted</dt>
            <dd>
              {t.postedAt != null ? <When ms={t.postedAt} /> : t.postedText ? <>shown as “<bdi>{t.postedText}</bdi>”</> : 'not shown'}
              <br />
              <span class="muted">{t.timeNote}</span>
            </dd>
            <dt>First seen by Keel</dt>
            <dd>
              <When ms={t.firstSeenAt} />
            </dd>
            <dt>Last seen by Keel</dt>
            <dd>
              <When ms={t.lastSeenAt} />
            </dd>
            <dt>Why Keel flagged it</dt>
            <dd>{t.reasons.length ? t.reasons.join(' ') : 'Labelled a threat by staff.'}</dd>
          </dl>
          <h3>Evidence</h3>
          {t.evidence.length ? (
            t.evidence.map((e) => {
              const shot = files.screenshots.get(e.id);
              return (
                <div key={e.id} class="capture" data-evidence={e.id}>
                  {shot ? <BlobImage blob={shot} alt={`Screenshot of threat ${i + 1} as it was on screen`} class="shot" /> : <p class="muted">No screenshot was taken.</p>}
                  <p>
                    Captured <When ms={e.capturedAt} /> by <bdi>{e.capturedBy}</bdi>
                    {e.auto ? ', automatically when Keel first saw it' : ''}.
                  </p>
                  <p>
                    SHA-256 fingerprint: <Hash sha256={e.sha256} />
                  </p>
                  <p>
                    <HashCheck ok={files.verified.get(e.id)} /> (checked when this packet was made)
                  </p>
                  {e.text !== t.text ? (
                    <p class="muted">
                      The text at capture differs from the text shown above (the post may have been edited): “<bdi>{e.text}</bdi>”
                    </p>
                  ) : null}
                </div>
              );
            })
          ) : (
            <p class="muted">No capture was stored for this item.</p>
          )}
          <h3>What was done</h3>
          {t.actions.length ? (
            <ul class="done">
              {t.actions.map((a) => (
                <li key={`${a.at}-${a.what}`}>
                  <When ms={a.at} />: <bdi>{a.what}</bdi> (by <bdi>{a.actor}</bdi>)
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">Nothing recorded yet.</p>
          )}
        </article>
      ))}
    </main>
  );
}
