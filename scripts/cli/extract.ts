/**
 * keel extract FILE.html --url URL [--pack PACK.json]
 * Runs the adapter that matches URL over a saved page (its scripts are not run);
 * with --pack, the selector pack instead (it must match URL). `platform` is the
 * pack's id for a pack's items.
 * and prints one JSON object per item:
 * {platform, kind, id, permalink, author: {name, profileUrl}, text, rating,
 *  recommends, postedAt, parentId}, null where the page has no value. postedAt
 * is an ISO-8601 time where the page gives one, else the page's own relative
 * text as shown ("2h", "vor 2 Tagen"), and then one more field, seenAt: when
 * the page was seen, the saved file's modification time (the moment its
 * relative text counts from; no posting time is made up from it). It is how
 * a maintainer checks a saved page after a platform changes its layout.
 */
import fs from 'node:fs';
import { Window } from 'happy-dom';
import { adapterFor } from '../../utils/adapters';
import { isOwnerReplyId } from '../../utils/adapters/dom';
import type { SiteAdapter } from '../../utils/adapters/types';
import type { RawItem } from '../../utils/model';
import { packAdapter } from '../../utils/packs/adapter';
import { type Pack, parsePack } from '../../utils/packs/schema';

export function extractLines(html: string, url: string, pack: Pack | null = null, seenAt: Date | null = null): string[] {
  let adapter: SiteAdapter | null;
  if (pack) {
    adapter = packAdapter(pack);
    if (!adapter.matches(new URL(url))) throw new Error(`Pack ${pack.id} does not match ${url} (its patterns: ${pack.matches.join(', ')}).`);
  } else {
    adapter = adapterFor(url);
  }
  if (!adapter) throw new Error(`No adapter reads ${url}. For another site, pass a selector pack: --pack PACK.json.`);
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigator: { userAgent: 'keel-extract' },
    },
  });
  try {
    // DOMParser never runs the page's scripts.
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const seen = new Set<string>();
    const out: string[] = [];
    for (const el of adapter.findItems(doc)) {
      const item: RawItem | null = adapter.read(el);
      if (!item) continue;
      const key = item.nativeId ?? `${item.author.profileUrl ?? item.author.name}\n${item.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(
        JSON.stringify({
          platform: adapter.packId ?? item.platform,
          kind: item.kind,
          // The platform's own id: an owner's response has none (Keel keys it by its review's).
          id: item.nativeId !== null && !isOwnerReplyId(item.nativeId) ? item.nativeId : null,
          permalink: item.permalink,
          author: { name: item.author.name || null, profileUrl: item.author.profileUrl },
          // A rating-only review, a GIF or a sticker: the page has no text.
          text: item.text === '' ? null : item.text,
          rating: item.rating,
          recommends: item.recommends ?? null,
          postedAt: item.postedAt === null ? item.postedText || null : new Date(item.postedAt).toISOString(),
          parentId: item.parentId,
          // Relative text counts from when the page was seen.
          ...(item.postedAt === null && item.postedText && seenAt ? { seenAt: seenAt.toISOString() } : {}),
        }),
      );
    }
    return out;
  } finally {
    void window.happyDOM.close();
  }
}

export function extractCommand(file: string, url: string | undefined, packFile?: string): number {
  if (!url) throw new Error('extract needs --url URL: the address the page was saved from.');
  let pack: Pack | null = null;
  if (packFile) {
    const parsed = parsePack(fs.readFileSync(packFile, 'utf8'));
    if (!parsed.ok) throw new Error(`Invalid pack ${packFile}:\n  ${parsed.errors.join('\n  ')}`);
    pack = parsed.pack;
  }
  const lines = extractLines(fs.readFileSync(file, 'utf8'), url, pack, fs.statSync(file).mtime);
  if (lines.length) process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
