/**
 * TikTok comments and replies on a video (or photo) post.
 *
 * Page variants supported:
 *   - www.tiktok.com/@<handle>/video/<id> and /@<handle>/photo/<id>, as a full
 *     page or as the browse-mode modal opened from a feed or a profile (the URL
 *     is pushed either way); any interface language (?lang=…): nothing is read
 *     from a label
 *   - the 2022–23 layout (`tiktok-<hash>-DivCommentItemContainer` threads, rows
 *     `DivCommentContentContainer` carrying the comment id as their `id`, the
 *     username span inside the profile link, text in a `p`)
 *   - the 2024–25 layout (`css-<hash>[-<hash>]--DivCommentObjectWrapper` threads,
 *     `DivCommentItemWrapper` rows without an id, the profile link inside the
 *     username element, text in a `span`)
 *   - a 2023–24 variant with the comment id on the wrapper that holds the row
 *     beside its avatar, or on an inner content row, and a thread whose first
 *     child wraps its first row (a reply's parent is still found; 2026-11-24)
 *   - replies shown under their comment ("View N replies" expanded), the
 *     creator's own comments and replies (with the "Creator" pill), pinned and
 *     creator-liked comments (their badges are never read as name or text)
 *   - times as relative wording ("3d ago", "vor 9 Std.") or as a date without a
 *     time ("2023-11-2"), picture comments (the picture is not read; a picture
 *     without words has text '')
 * Not items: the video's description (`browse-video-desc` / `video-desc`),
 * the comment input and any reply box (Draft.js editors, no comment text),
 * the "View N replies" / "Hide" controls, the tabs and counters.
 * Rating trend: none (no `rating`): TikTok shows no average rating. 2026-11-24.
 * Fixtures: tests/fixtures/tiktok/*.html (dates-2023.html: the date forms and
 * picture comments)
 * Checked against: ../shared/docs/PLATFORMS.md §0, §8, §10, §11 (sources dated
 * 2021-07 to 2025: cubernetes/TikTokCommentScraper @5339823, a saved comment of
 * 2023-02, 2025 scrapers and a 2025–26 clone measured on the live DOM); 2026-11-23;
 * dates 2026-11-24.
 *
 * Stable hooks first: the `data-e2e` names (`comment-level-N` for the text,
 * `comment-username-N`, `comment-time-N`, `comment-avatar-N`), unchanged since
 * at least 2023. Every item is found from its text element (or, for a sticker
 * or GIF with no words, its username element; text '') and climbed to its
 * row: by the emotion component name in the class (`[class*=…]`, the hash part
 * churns), else by structure (the row is the element whose first child is the
 * avatar link). TikTok sends no permalink for a comment, so permalink is null;
 * the 2023 layout gives the comment id (nativeId, and a reply's parentId from
 * its thread's first row), the 2024+ layout gives none, so those items are keyed
 * by author and text downstream. The time (`comment-time-N`, else the first
 * plain span of the sub-content line) is kept as shown in postedText. §8 records
 * it as "text such as '2022-4-19' or relative": a year-month-day date is also
 * postedAt, at 00:00 UTC of that date (the convention for a date without a time,
 * RawItem.postedAt; parseDateOnly); relative times leave postedAt null (the
 * background approximates English ones, utils/time.ts). A month-day date
 * ("11-4", in fixtures, not in the notes) has no year on the page: postedAt
 * null rather than a year guessed from the clock. The list only appends (no
 * recycling was observed, though one 2025 scraper calls it a
 * virtual list), so nothing is kept between calls: no element, no WeakMap.
 * No owner(): every supported URL names the account (/@<handle>/…).
 */
import type { RawItem } from '../model';
import { parseDateOnly } from './dates';
import { isElement, readText } from './dom';
import type { ChipAnchor, SiteAdapter } from './types';

const ORIGIN = 'https://www.tiktok.com';
const HOSTS = new Set(['www.tiktok.com', 'tiktok.com']);
const POST_PATH = /^\/@[\w.]{1,30}\/(?:video|photo)\/\d{6,25}\/?$/;

/** The comment's own text, one per comment: level 1 for comments, 2 for replies. */
const TEXT = '[data-e2e^="comment-level-"]';
const ROW = [
  '[class*="DivCommentItemWrapper"]', // 2024–25 (scrapers; clone measured on the live DOM)
  '[class*="DivCommentContentContainer"]', // 2022–23 (saved comment of 2023-02)
].join(', ');
// First child of every row in both layouts: the structural fallback for ROW.
const AVATAR = 'a[data-e2e^="comment-avatar-"]';
const USERNAME = '[data-e2e^="comment-username-"]';
const TIME = '[data-e2e^="comment-time-"]';
// Fallback for TIME: the sub-content line's first plain span (the reply control
// and badges carry data-e2e or sit after it).
const SUB_CONTENT_SPAN = '[class*="DivCommentSubContentWrapper"] span:not([data-e2e])';
const REPLIES = '[class*="DivReplyContainer"]';
const PROFILE_HREF = /^(?:https?:\/\/(?:www\.|m\.)?tiktok\.com)?\/@([\w.]{1,30})(?:[/?#]|$)/;
const COMMENT_ID = /^\d{6,25}$/;
// Rows are a few levels deep; a bound keeps the structural climb O(1).
const MAX_CLIMB = 8;

/**
 * The comment row at or around `node`: the nearest row by class, else the
 * nearest ancestor whose first child is the avatar link. Looks at one child per
 * level, never at a list's children, so a 10,000-comment list costs nothing.
 */
function rowOf(node: Element): Element | null {
  const byClass = node.closest(ROW);
  if (byClass) return byClass;
  let e: Element | null = node;
  for (let depth = 0; e && depth < MAX_CLIMB; depth++, e = e.parentElement) {
    if (e.firstElementChild?.matches(AVATAR)) return e;
  }
  return null;
}

/** The row's own text element, or null when `row` is not a comment row or the comment has no words (a sticker). */
function textOf(row: Element): Element | null {
  const text = row.querySelector(TEXT);
  return text && rowOf(text) === row ? text : null;
}

/** The row's own username element, or null. */
function usernameOf(row: Element): Element | null {
  const name = row.querySelector(USERNAME);
  return name && rowOf(name) === row ? name : null;
}

/** What makes `row` a comment row: its own text, or (a sticker or a GIF, no words) its own username; null for any other element. */
const markOf = (row: Element): Element | null => textOf(row) ?? usernameOf(row);

/** 1 for a comment, 2 for a reply, as the row's text or username is numbered ("comment-level-2", "comment-username-2"). */
const levelOf = (mark: Element): string | undefined => mark.getAttribute('data-e2e')?.match(/-(\d+)$/)?.[1];

/**
 * The comment id: on the row, or (a 2023 variant) on the wrapper that holds the
 * row beside its avatar, when that wrapper holds no other comment.
 */
function idOf(row: Element): string | null {
  if (COMMENT_ID.test(row.id)) return row.id;
  const up = row.parentElement;
  return up && COMMENT_ID.test(up.id) && up.querySelectorAll(TEXT).length <= 1 ? up.id : null;
}

/**
 * The id of the comment a reply answers: the first row of its thread. Replies
 * sit after that row, in a reply container that is its sibling, so the first
 * child of each ancestor is checked (no class needed, O(depth)); that first
 * child may be the row itself or a wrapper around it (its avatar beside it).
 * Where the reply container is known by its class, the climb stops at the
 * thread that holds it, never reaching an earlier thread.
 */
function parentIdOf(row: Element): string | null {
  const thread = row.closest(REPLIES)?.parentElement ?? null;
  let e = row.parentElement;
  for (let depth = 0; e && depth < 5; depth++, e = e.parentElement) {
    const first = e.firstElementChild;
    // The first row's username or text comes first in it, whether `first` is that row or wraps it.
    const mark = first && !first.contains(row) ? first.querySelector(`${TEXT}, ${USERNAME}`) : null;
    if (mark && levelOf(mark) === '1') return idOf(rowOf(mark) ?? (first as Element));
    if (e === thread || (!thread && depth >= 2)) break;
  }
  return null;
}

function profileUrl(href: string | null): string | null {
  const m = PROFILE_HREF.exec(href?.trim() ?? '');
  return m?.[1] ? `${ORIGIN}/@${m[1]}` : null;
}

/** The row's first profile link outside its text (whose @mentions link to others). */
function firstProfileLink(row: Element, text: Element | null, { avatar = true } = {}): Element | null {
  for (const a of row.querySelectorAll('a[href*="/@"]')) {
    if (!text?.contains(a) && (avatar || !a.matches(AVATAR))) return a;
  }
  return null;
}

/** The link to the author's profile: around or inside the username, else the avatar. */
function profileLink(row: Element, text: Element | null): Element | null {
  const username = row.querySelector(USERNAME);
  return username?.closest('a[href]') ?? username?.querySelector('a[href]') ?? firstProfileLink(row, text);
}

/**
 * Where the name shows: the username's link (not the "Creator" or "Pinned"
 * badge next to it), else the username element, else the first profile link
 * that is not the avatar.
 */
function nameElement(row: Element, text: Element | null): Element | null {
  const username = row.querySelector(USERNAME);
  if (username) return username.closest('a[href]') ?? username.querySelector('a[href]') ?? username;
  return firstProfileLink(row, text, { avatar: false });
}

export const tiktok: SiteAdapter = {
  platform: 'tiktok',

  matches(url) {
    return url.protocol === 'https:' && HOSTS.has(url.hostname) && POST_PATH.test(url.pathname);
  },

  findItems(root) {
    const out: Element[] = [];
    const seen = new Set<Element>();
    const ids = new Set<string>();
    const consider = (row: Element | null) => {
      if (!row || seen.has(row)) return;
      seen.add(row);
      // One comment rendered twice (a re-render left behind) is one item.
      const id = idOf(row);
      if (id) {
        if (ids.has(id)) return;
        ids.add(id);
      }
      out.push(row);
    };
    // A node added inside a comment (a late avatar, expanded text) belongs to it.
    if (isElement(root)) {
      const mine = rowOf(root);
      if (mine && markOf(mine)) consider(mine);
    }
    // A row holding a text or username of its own is a comment row (read() checks which is its own).
    for (const mark of root.querySelectorAll(`${TEXT}, ${USERNAME}`)) consider(rowOf(mark));
    return out;
  },

  read(el) {
    const text = textOf(el);
    const mark = text ?? usernameOf(el);
    if (!mark || el.closest('[contenteditable="true"]')) return null;
    const isReply = levelOf(mark) === '2' || el.parentElement?.closest(REPLIES) != null;
    const name = nameElement(el, text);
    const time = el.querySelector(TIME) ?? el.querySelector(SUB_CONTENT_SPAN);
    const when = time ? readText(time) : '';
    const item: RawItem = {
      platform: 'tiktok',
      kind: isReply ? 'reply' : 'comment',
      nativeId: idOf(el),
      parentId: isReply ? parentIdOf(el) : null,
      permalink: null,
      author: {
        name: name ? readText(name) : '',
        profileUrl: profileUrl(profileLink(el, text)?.getAttribute('href') ?? null),
      },
      text: text ? readText(text) : '',
      rating: null,
      postedAt: parseDateOnly(when),
      postedText: when || null,
    };
    return item;
  },

  anchor(el): ChipAnchor {
    const name = nameElement(el, textOf(el));
    return name ? { node: name, where: 'afterend' } : { node: el, where: 'afterbegin' };
  },
};
