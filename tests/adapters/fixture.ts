// Shared by the adapter tests: load a fixture page, and read it as the scanner would.
import fs from 'node:fs';
import path from 'node:path';
import type { SiteAdapter } from '../../utils/adapters/types';
import type { RawItem } from '../../utils/model';

export function loadFixture(platform: string, file: string): Document {
  const html = fs.readFileSync(path.join(__dirname, '../fixtures', platform, file), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Every item root the adapter finds, and the items read from them, once per native id. */
export function readItems(adapter: SiteAdapter, doc: Document): { elements: Element[]; items: RawItem[] } {
  const elements = adapter.findItems(doc);
  const seen = new Set<string>();
  const items: RawItem[] = [];
  for (const el of elements) {
    const item = adapter.read(el);
    if (!item || (item.nativeId && seen.has(item.nativeId))) continue;
    if (item.nativeId) seen.add(item.nativeId);
    items.push(item);
  }
  return { elements, items };
}
