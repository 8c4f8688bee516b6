import { facebook } from './facebook';
import type { SiteAdapter } from './types';

/** Every built-in adapter. Order matters only if two could match one URL. */
export const ADAPTERS: readonly SiteAdapter[] = [facebook];

export function adapterFor(href: string): SiteAdapter | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  return ADAPTERS.find((a) => a.matches(url)) ?? null;
}
