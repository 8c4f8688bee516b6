import { facebook } from './facebook';
import { googleMaps } from './google-maps';
import { instagram } from './instagram';
import { tiktok } from './tiktok';
import { trustpilot } from './trustpilot';
import type { SiteAdapter } from './types';
import { x } from './x';
import { yelp } from './yelp';
import { youtube } from './youtube';

/** Every built-in adapter. Order matters only if two could match one URL. */
export const ADAPTERS: readonly SiteAdapter[] = [facebook, googleMaps, instagram, tiktok, trustpilot, x, yelp, youtube];

export function adapterFor(href: string): SiteAdapter | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  return ADAPTERS.find((a) => a.matches(url)) ?? null;
}
