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
 * relative text counts from; no posting time is made up from it). An item
 * whose words the page cut short ("See more", the rest not in the page) has
 * `cut: true`: its text is their start. It is how a maintainer checks a saved
 * page after a platform changes its layout.
 * A page where nothing is found prints nothing on stdout and says so on stderr,
 * naming the site the page itself says it was saved from (its canonical or
 * og:url address) when another adapter reads that site: the likely cause is
 * the wrong --url. The exit code stays 0: an empty page is a valid answer.
 */
import fs from 'node:fs';
import { Window } from 'happy-dom';
import { adapterFor } from '../../utils/adapters';
import { isOwnerReplyId } from '../../utils/adapters/dom';
import type { SiteAdapter } from '../../utils/adapters/types';
import type { RawItem } from '../../utils/model';
import { packAdapter } from '../../utils/packs/adapter';
import { type Pack, parsePack } from '../../utils/packs/schema';

/** The page's items, one JSON line each (see the doc block), and a warning for stderr when it gave nothing. */
export function extractPage(html: string, url: string, pack: Pack | null = null, seenAt: Date | null = null): { lines: string[]; warning: string | null } {
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
          // The page shows only the start of the words (a "See more" it holds the rest for).
          ...(item.cut ? { cut: true } : {}),
        }),
      );
    }
    return { lines: out, warning: out.length ? null : nothingFound(doc, url, adapter) };
  } finally {
    void window.happyDOM.close();
  }
}

/** Why a page may have given nothing, in plain words (see the doc block). */
function nothingFound(doc: Document, url: string, adapter: SiteAdapter): string {
  const reader = adapter.packId ? `pack ${adapter.packId}` : `the ${adapter.platform} adapter`;
  const lines = [`No comments or reviews found: ${reader} matched ${url} but found no item in the page.`];
  const own = savedFrom(doc);
  const other = own ? adapterFor(own) : null;
  if (own && other && other.platform !== adapter.platform) {
    lines.push(`The page says it was saved from ${own} (a ${other.platform} page): pass that address as --url.`);
  } else {
    lines.push("If the page does show comments or reviews, the site's layout may have changed: write a selector pack for it (--pack), or report the page.");
  }
  return lines.join('\n');
}

/** The address the page gives for itself: its canonical link, else its og:url. */
function savedFrom(doc: Document): string | null {
  const href = doc.querySelector('link[rel="canonical"][href]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"][content]')?.getAttribute('content');
  try {
    return href ? new URL(href).href : null;
  } catch {
    return null;
  }
}

export function extractCommand(file: string, url: string | undefined, packFile?: string): number {
  if (!url) throw new Error('extract needs --url URL: the address the page was saved from.');
  let pack: Pack | null = null;
  if (packFile) {
    const parsed = parsePack(fs.readFileSync(packFile, 'utf8'));
    if (!parsed.ok) throw new Error(`Invalid pack ${packFile}:\n  ${parsed.errors.join('\n  ')}`);
    pack = parsed.pack;
    if (parsed.notes.length) process.stderr.write(`Pack ${packFile}: ${parsed.notes.join('; ')}.\n`);
  }
  const { lines, warning } = extractPage(fs.readFileSync(file, 'utf8'), url, pack, fs.statSync(file).mtime);
  if (lines.length) process.stdout.write(`${lines.join('\n')}\n`);
  if (warning) process.stderr.write(`${warning}\n`);
  return 0;
}
