/**
 * Runs a selector pack over the page as it is now, for "Test on this page" in
 * options: counts, empty fields and the first items read. Reads only; nothing
 * is stored, nothing on the page changes.
 */
import type { PackTestResult } from '../messaging/protocol';
import type { RawItem } from '../model';
import { packAdapter } from '../packs/adapter';
import type { Pack } from '../packs/schema';

export function testPack(pack: Pack, url: string, root: ParentNode = document): PackTestResult {
  const adapter = packAdapter(pack);
  const result: PackTestResult = { url, found: 0, emptyAuthor: 0, emptyText: 0, error: null, sample: [] };
  let elements: Element[];
  try {
    elements = adapter.findItems(root);
  } catch (err) {
    return { ...result, error: `The item selector does not work here: ${(err as Error).message}` };
  }
  for (const el of elements) {
    let item: RawItem | null;
    try {
      item = adapter.read(el);
    } catch (err) {
      return { ...result, error: `A field selector does not work here: ${(err as Error).message}` };
    }
    if (!item) continue;
    result.found++;
    if (!item.author.name) result.emptyAuthor++;
    if (!item.text) result.emptyText++;
    if (result.sample.length < 5) result.sample.push({ ...item, text: item.text.slice(0, 500) });
  }
  return result;
}
