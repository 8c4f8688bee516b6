/**
 * Approved replies, one click to copy, where the moderator works: the popup's
 * "Safe replies" (those that fit the page first) and an item's detail (those
 * that answer its label). Only approved versions of the active workspace's
 * templates are offered, filled from its profile. Copying records nothing:
 * copying is not replying. After a copy, the item's detail offers "Mark
 * replied", which does.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { activeWorkspace, type KeelDb, type StoredItem, workspaceOrActive } from '@/utils/db';
import { localTime } from '@/utils/export/format';
import { FLAGGED_LABELS, type Label } from '@/utils/labels';
import { errorText, sendToBackground } from '@/utils/messaging/client';
import { MAX_REPLY_LENGTH } from '@/utils/lint/reply';
import type { Platform } from '@/utils/model';
import { nameOf, type Offer, offers, REPLY_LABELS } from '@/utils/templates/store';
import { repliedWith } from '@/utils/templates/name';
import { type Status, StatusLine } from './StatusLine';
import { useLiveQuery } from './use-live-query';
import './Templates.css';

/** Options, at its Replies section: where a manager approves replies. */
export function openReplySettings(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/options.html#replies') });
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function ReplyCard({ offer, fitsText, onCopied }: { offer: Offer; fitsText?: string; onCopied?: (offer: Offer) => void }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const { row, text, missing, fits, tooLong } = offer;
  const copy = async () => {
    const ok = await copyText(text);
    setStatus(ok ? 'copied' : 'failed');
    if (ok) onCopied?.(offer);
  };
  return (
    <li class="tpl" data-template={row.lineage} data-version={row.version}>
      <div class="tpl-head">
        <strong dir="auto">{row.name}</strong>
        {fits && fitsText ? <span class="tag tag-fit">{fitsText}</span> : null}
      </div>
      <p class="tpl-when" dir="auto">{row.scenario}</p>
      <p class="tpl-text" dir="auto">
        {text}
      </p>
      <p class="tpl-meta">
        v{row.version} · approved by <span dir="auto">{row.approvedBy}</span>
        {row.approvedAt ? `, ${localTime(row.approvedAt)}` : ''}
      </p>
      {missing.length ? (
        <p class="tpl-warn">Not ready: the workspace profile has no {missing.join(', ')}. Fill it in Settings › Profile.</p>
      ) : tooLong ? (
        <p class="tpl-warn">Longer than this platform accepts: shorten it before posting.</p>
      ) : null}
      <div class="tpl-actions">
        <button type="button" class="copy" onClick={copy} disabled={missing.length > 0} aria-label={`Copy reply: ${row.name}`}>
          {status === 'copied' ? 'Copied ✓' : status === 'failed' ? 'Copy failed: select the text' : 'Copy'}
        </button>
      </div>
    </li>
  );
}

/** A built-in platform (whose reply length is known), or null for a selector pack's site. */
const asPlatform = (s: string | null | undefined): Platform | null => (s && Object.hasOwn(MAX_REPLY_LENGTH, s) ? (s as Platform) : null);

/** The approved replies of the active workspace, filled; on a watched page, those that fit it first. */
export function SafeReplies({
  db,
  pageKey = null,
  counts,
  campaign = false,
  platform = null,
}: {
  db: KeelDb;
  pageKey?: string | null;
  counts?: Partial<Record<Label, number>>;
  campaign?: boolean;
  platform?: string | null;
}) {
  const data = useLiveQuery(async () => {
    const ws = await activeWorkspace(db);
    const rows = await db.templates.where('workspaceId').equals(ws.id).filter((r) => r.status === 'approved').toArray();
    const incident = pageKey ? await db.incidents.where('pageKey').equals(pageKey).filter((i) => i.status !== 'resolved').count() : 0;
    return { ws, rows, incident: incident > 0 };
  }, [pageKey]);
  if (data.error) return <p class="error" role="alert">Could not read the replies: {data.error.message}</p>;
  if (!data.value) return <p class="empty"> </p>;
  const { ws, rows, incident } = data.value;
  const pileOn = incident || campaign;
  // Answers to flagged items are never offered as fitting: nobody replies to a troll.
  const answerable = Object.fromEntries(Object.entries(counts ?? {}).filter(([l]) => !FLAGGED_LABELS.includes(l as Label)));
  const list = offers(rows, ws.profile, { pileOn, counts: answerable, platform: asPlatform(platform) });
  if (!list.length) {
    return (
      <div class="notice tpl-none">
        <strong>No approved replies yet</strong> — a manager approves them in Settings › Replies.
        <div class="row">
          <button type="button" class="copy" onClick={openReplySettings}>
            Open Settings › Replies
          </button>
        </div>
      </div>
    );
  }
  return (
    <ul class="tpls">
      {list.map((o) => (
        <ReplyCard key={o.row.id} offer={o} fitsText={o.row.labels?.length ? 'Fits this page' : 'For the pile-on'} />
      ))}
    </ul>
  );
}

/**
 * The approved replies that answer one item (a patient or customer, a
 * supporter, an unclear item), one click to copy; after a copy, "Mark replied".
 */
export function ItemReplies({ db, item }: { db: KeelDb; item: StoredItem }) {
  const answerable = REPLY_LABELS.includes(item.label);
  const data = useLiveQuery(async () => {
    if (!answerable) return null;
    const ws = await workspaceOrActive(db, item.workspaceId);
    const rows = await db.templates.where('workspaceId').equals(ws.id).filter((r) => r.status === 'approved').toArray();
    return offers(rows, ws.profile, { label: item.label, platform: item.platform });
  }, [item.workspaceId, item.label, item.platform, answerable]);
  const [copied, setCopied] = useState<Offer | null>(null);
  const [status, setStatus] = useState<Status>(null);
  if (!answerable) return null;
  const list = data.value ?? [];
  const mark = async (offer: Offer) => {
    try {
      await sendToBackground('actions/record', { itemKey: item.key, authorKey: null, incidentId: null, kind: 'replied-offline', detail: repliedWith(offer.row) });
      setCopied(null);
      setStatus({ kind: 'ok', text: 'Replied offline: logged.' });
    } catch (err) {
      setStatus({ kind: 'bad', text: errorText(err) });
    }
  };
  return (
    <section class="item-replies" aria-labelledby="item-replies-h">
      <h3 id="item-replies-h">Approved replies</h3>
      {data.value === undefined ? null : list.length === 0 ? (
        <p class="empty">
          No approved reply answers this kind of item yet.{' '}
          <button type="button" class="link" onClick={openReplySettings}>
            Settings › Replies
          </button>
        </p>
      ) : (
        <ul class="tpls">
          {list.map((o) => (
            <ReplyCard
              key={o.row.id}
              offer={o}
              onCopied={(offer) => {
                setStatus(null);
                setCopied(offer);
              }}
            />
          ))}
        </ul>
      )}
      {copied ? (
        <p class="tpl-mark" role="status">
          Copied {nameOf(copied.row)}. Paste it on the platform; once it is posted:{' '}
          <button type="button" class="copy" onClick={() => mark(copied)}>
            Mark replied
          </button>
        </p>
      ) : (
        <StatusLine status={status} block />
      )}
    </section>
  );
}
