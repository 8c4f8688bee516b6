/**
 * YouTube watch-page comments and replies.
 *
 * Page variants supported:
 *   - www.youtube.com/watch?v=… (and youtube.com/watch, which redirects there);
 *     m.youtube.com, Shorts and YouTube Studio are not read
 *   - the 2024+ view-model layout (`ytd-comment-view-model`, A/B from 2024-02,
 *     everywhere by 2024-06) and the older `ytd-comment-renderer` layout
 *   - replies under their thread (`#replies`, `#teaser-replies`), in both layouts
 *   - comments by the channel owner, whose `#author-text` is hidden and whose name
 *     shows in the author badge instead: in its name field
 *     (`yt-formatted-string#text`), or only in that field's title when the field is
 *     empty, beside a tooltip repeating it (never read), in both layouts
 *   - a reply box open under a comment (its draft is never read)
 *   - the writer's line breaks, blank lines among them (one kept)
 *   - an edited comment: its time without the marker ("2 weeks ago (edited)",
 *     "1 か月前（編集済み）" give "2 weeks ago", "1 か月前"), in any language
 *     (the marker is the bracketed end of the time link; 2026-11-25)
 * Rating trend: none (no `rating`): YouTube shows no average rating (likes only). 2026-11-24.
 * Fixtures: tests/fixtures/youtube/*.html (view-model, view-model-owner,
 * comment-renderer, comment-renderer-owner)
 * Checked against: ../shared/docs/PLATFORMS.md §0, §6 and §10 (sources dated
 * 2020 to 2026-04: return-youtube-comment-username, saved watch-page DOMs,
 * yt-dlp#9358, blocktube#397) and a blind check of six saved-page rebuilds (both
 * layouts, the 2025-26 sub-thread replies, five languages); 2026-11-24.
 *
 * The stable hook is the comment's own time link: `#published-time-text a`
 * whose href holds `lc=<commentId>` (replies: `lc=<parentId>.<replyId>`), seen
 * in saved DOMs of both layouts. YouTube uses Shady DOM, so plain
 * querySelectorAll reaches every comment; there are no shadow roots to enter.
 * The comment box (`ytd-comment-simplebox-renderer`) is another element and is
 * never an item. Relative times ("3 days ago") are kept as text only.
 *
 * owner(): the video's channel, for telling whether a watch page belongs to the
 * business's channel (a watch URL does not name it). Read from the owner block
 * under the video (`ytd-video-owner-renderer`, `#owner #channel-name`), else a
 * comment by the creator (`ytd-author-comment-badge-renderer[creator]`), and only
 * once `ytd-watch-flexy[video-id]` shows this address's video (after moving to
 * another video the old owner block lingers). Not the page's microdata: it is
 * written once, for the first video, and never updated by in-app navigation.
 */
import type { RawItem } from '../model';
import { stripTracking } from '../page-key';
import { absoluteUrl, isElement, queryParam, readText } from './dom';
import type { ChipAnchor, SiteAdapter } from './types';

const ORIGIN = 'https://www.youtube.com/';
const HOSTS = new Set(['www.youtube.com', 'youtube.com']);

const ITEM = [
  'ytd-comment-view-model', // 2024+ view-model layout
  'ytd-comment-renderer', // before 2024
].join(', ');

const TIME_LINK = [
  '#published-time-text a[href*="lc="]', // both layouts, saved DOMs
  '.published-time-text a[href*="lc="]', // 2020-era scrapers select it by class
].join(', ');

const AUTHOR = '#author-text';
// The channel owner's name is shown in a badge, and #author-text is hidden.
const OWNER_BADGE = '#author-comment-badge ytd-author-comment-badge-renderer';
const TOOLTIP = 'tp-yt-paper-tooltip, #tooltip';
const TEXT = '#content-text';
const THREAD = 'ytd-comment-thread-renderer';
const REPLIES = '#replies, #teaser-replies';

/**
 * The first match of `selector` that belongs to `item` itself. A top comment
 * never contains its replies (they are siblings in the thread), but a layout
 * that nests them must not lend a reply's link to its parent.
 */
function own(item: Element, selector: string): Element | null {
  for (const node of item.querySelectorAll(selector)) {
    if (node.closest(ITEM) === item) return node;
  }
  return null;
}

function ownId(item: Element): string | null {
  const link = own(item, TIME_LINK);
  return link ? queryParam(link.getAttribute('href') ?? '', 'lc') : null;
}

/** The reply container `item` sits in, within its own thread; null for a top comment. */
function repliesOf(item: Element): Element | null {
  const replies = item.parentElement?.closest(REPLIES) ?? null;
  if (!replies) return null;
  const thread = item.closest(THREAD);
  return !thread || thread.contains(replies) ? replies : null;
}

/**
 * The id of the thread's top comment: the thread's first item, which comes before
 * its replies. querySelector stops there, so a thread of 500 replies stays linear.
 */
function threadTopId(item: Element): string | null {
  const top = item.closest(THREAD)?.querySelector(ITEM);
  return top && top !== item && !repliesOf(top) ? ownId(top) : null;
}

function permalinkOf(href: string, lc: string): string | null {
  const abs = absoluteUrl(href, ORIGIN);
  if (!abs) return null;
  // One comment, one permalink: keep only the video and the comment (YouTube adds
  // `pp=` and friends to some links).
  const v = /[?&]v=([^&#]+)/.exec(abs)?.[1];
  return v ? `${ORIGIN}watch?v=${v}&lc=${encodeURIComponent(lc)}` : stripTracking(abs);
}

/** The element that shows the author's name: the author link, or the owner's badge. */
function authorElement(item: Element): Element | null {
  const link = own(item, AUTHOR);
  if (link && !link.hasAttribute('hidden') && readText(link)) return link;
  return own(item, OWNER_BADGE) ?? link;
}

function profileUrl(item: Element, author: Element | null): string | null {
  const link = own(item, `a${AUTHOR}[href]`) ?? author?.querySelector('a[href]') ?? null;
  const href = absoluteUrl(link?.getAttribute('href') ?? null, ORIGIN);
  return href ? (href.split(/[?#]/, 1)[0] ?? href) : null;
}

/**
 * The author's name, read from one place. In the owner's badge that is its name
 * field (`yt-formatted-string#text`), never the whole badge: the badge also holds
 * a tooltip (`tp-yt-paper-tooltip #tooltip`) repeating the name. Then the field's
 * title, then the hidden author link, which may still hold the name.
 */
function authorName(item: Element, author: Element | null): string {
  const link = own(item, AUTHOR);
  const name = !author ? '' : author === link ? readText(author) : badgeName(author);
  return name || (link && link !== author ? readText(link) : '');
}

function badgeName(badge: Element): string {
  for (const field of badge.querySelectorAll('yt-formatted-string')) {
    if (field.closest(TOOLTIP)) continue;
    return readText(field) || field.getAttribute('title')?.trim() || '';
  }
  // A badge with no name field (a plain link): its text, unless a tooltip would repeat it.
  return badge.querySelector(TOOLTIP) ? '' : readText(badge);
}

// The edit marker the time link ends with, in any language: "(edited)", "（編集済み）", "(bearbeitet)".
const EDITED = /\s*[(（][^()（）]*[)）]\s*$/;

/** The time the link shows, without its edit marker: a time, not a note that the comment changed. */
function shownTime(link: Element): string | null {
  const text = readText(link);
  return text.replace(EDITED, '') || text || null;
}

export const youtube: SiteAdapter = {
  platform: 'youtube',

  matches(url) {
    return url.protocol === 'https:' && HOSTS.has(url.hostname) && url.pathname === '/watch' && url.searchParams.has('v');
  },

  findItems(root) {
    const out: Element[] = [];
    const seen = new Set<Element>();
    const consider = (el: Element) => {
      if (!seen.has(el)) {
        seen.add(el);
        out.push(el);
      }
    };
    // A node added inside a comment (expanded text, a late link) belongs to it.
    if (isElement(root)) {
      const mine = root.closest(ITEM);
      if (mine) consider(mine);
    }
    for (const el of root.querySelectorAll(ITEM)) consider(el);
    return out;
  },

  read(el) {
    if (!el.matches(ITEM) || el.closest('[contenteditable="true"]')) return null;
    const link = own(el, TIME_LINK);
    const href = link?.getAttribute('href') ?? null;
    const id = href ? queryParam(href, 'lc') : null;
    if (!link || !href || !id) return null;
    const dot = id.indexOf('.');
    const isReply = repliesOf(el) !== null || dot > 0;
    const parentId = isReply ? (threadTopId(el) ?? (dot > 0 ? id.slice(0, dot) : null)) : null;
    const author = authorElement(el);
    const body = own(el, TEXT);
    const item: RawItem = {
      platform: 'youtube',
      kind: isReply ? 'reply' : 'comment',
      nativeId: id,
      parentId: parentId === id ? null : parentId,
      permalink: permalinkOf(href, id),
      author: { name: authorName(el, author), profileUrl: profileUrl(el, author) },
      text: body ? readText(body) : '',
      rating: null,
      postedAt: null,
      postedText: shownTime(link),
    };
    return item;
  },

  anchor(el): ChipAnchor {
    const author = authorElement(el);
    return author ? { node: author, where: 'afterend' } : { node: el, where: 'afterbegin' };
  },

  owner(doc) {
    // After moving to another video inside YouTube, the owner block may still show the last one's
    // channel for a moment: trust it only once the player says it shows this address's video.
    const flexy = doc.querySelector('ytd-watch-flexy[video-id]');
    const shown = flexy?.getAttribute('video-id');
    const wanted = queryParam(doc.URL ?? '', 'v');
    if (flexy && wanted && shown !== wanted) return null;
    for (const [selector, attr] of OWNER) {
      const url = channelUrl(doc.querySelector(selector)?.getAttribute(attr) ?? null);
      if (url) return url;
    }
    return null;
  },
};

const OWNER: ReadonlyArray<readonly [string, string]> = [
  ['ytd-video-owner-renderer a[href^="/@"], ytd-video-owner-renderer a[href^="/channel/"]', 'href'],
  ['#owner #channel-name a[href]', 'href'],
  ['ytd-author-comment-badge-renderer[creator] a[href]', 'href'],
];

/** https://www.youtube.com/@handle or /channel/UC…, without anything after the channel. */
function channelUrl(href: string | null): string | null {
  const abs = absoluteUrl(href, ORIGIN);
  const m = abs ? /^https?:\/\/(?:www\.|m\.)?youtube\.com\/(@[\w.-]+|channel\/[\w-]+)/.exec(abs) : null;
  return m ? `${ORIGIN}${m[1]}` : null;
}
