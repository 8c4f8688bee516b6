/**
 * Adapter health in plain words: on a page Keel reads, finding nothing, or
 * items without an author or text, usually means the platform changed its
 * layout. The popup says so, with what to do; the page itself is never touched.
 */
import type { PageHealth } from './messaging/protocol';
import { PLATFORM_NAMES } from './pages';

export interface HealthNotice {
  title: string;
  body: string;
}

/** Share of items that may lack a field before Keel calls it a layout problem. */
const EMPTY_SHARE = 0.5;
/** Fewer items than this are too few to judge by. */
const MIN_ITEMS = 3;

export function healthNotice(adapter: string, health: PageHealth | null): HealthNotice | null {
  if (!health) return null;
  const name = PLATFORM_NAMES[adapter];
  const source = name ? `${name} may have changed its layout` : `the “${adapter}” selector pack may no longer fit this site`;
  const remedy = name
    ? 'Keel changed nothing on the page. Save the page (Ctrl+S) and send it to whoever maintains Keel for you, or add a selector pack in Settings to read it meanwhile.'
    : 'Keel changed nothing on the page. Open Settings → Selector packs, edit the pack and use “Test on open tabs” to fix it.';
  const { found, emptyAuthor, emptyText, errors } = health;
  if (found === 0) {
    return {
      title: errors ? 'Keel could not read this page.' : 'Keel found no comments or reviews on this page.',
      body: `If you can see comments or reviews here, ${source}. ${remedy}`,
    };
  }
  const missing: string[] = [];
  if (found >= MIN_ITEMS && emptyAuthor / found >= EMPTY_SHARE) missing.push(`${emptyAuthor} of ${found} have no author`);
  if (found >= MIN_ITEMS && emptyText / found >= EMPTY_SHARE) missing.push(`${emptyText} of ${found} have no text`);
  if (missing.length) {
    return { title: `Keel is reading this page only in part: ${missing.join(', and ')}.`, body: `${source[0]?.toUpperCase()}${source.slice(1)}. Labels may be less reliable until it is fixed. ${remedy}` };
  }
  if (errors) {
    return { title: `Keel hit ${errors} ${errors === 1 ? 'problem' : 'problems'} reading this page.`, body: `Some items may be missing: ${source}. ${remedy}` };
  }
  return null;
}
