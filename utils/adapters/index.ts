import { facebook } from './facebook';
import { googleMaps } from './google-maps';
import { trustpilot } from './trustpilot';
import type { SiteAdapter } from './types';
import { x } from './x';
import { youtube } from './youtube';

/** Every built-in adapter. Order matters only if two could match one URL. */
export const ADAPTERS: readonly SiteAdapter[] = [facebook, googleMaps, trustpilot, x, youtube];

/**
 * The platforms the extension reads today: its content script and host access
 * cover these sites only. The other adapters serve `keel extract` and their
 * fixture tests until pages are granted at runtime (issue #3).
 */
export const LIVE_PLATFORMS: ReadonlySet<SiteAdapter['platform']> = new Set(['facebook']);

export function adapterFor(href: string): SiteAdapter | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  return ADAPTERS.find((a) => a.matches(url)) ?? null;
}

/** The adapter Keel runs on `href` in the browser, if it reads that page at all. */
export function liveAdapterFor(href: string): SiteAdapter | null {
  const adapter = adapterFor(href);
  return adapter && LIVE_PLATFORMS.has(adapter.platform) ? adapter : null;
}
