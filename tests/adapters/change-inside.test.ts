// @vitest-environment happy-dom
// The scanner reads an item again when something inside it changes (a comment
// opened with "See more", words rewritten in place): it hands the adapter the
// changed node's element, so every adapter must find the item around any node
// of it, on every fixture.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ADAPTERS } from '../../utils/adapters';
import { loadFixture } from './fixture';

const FIXTURES = path.join(__dirname, '../fixtures');

describe.each(ADAPTERS.map((adapter) => [adapter.platform, adapter] as const))('%s: a change inside an item finds that item', (platform, adapter) => {
  const files = fs.readdirSync(path.join(FIXTURES, platform)).filter((f) => f.endsWith('.html'));
  test.each(files)('%s', (file) => {
    const doc = loadFixture(platform, file);
    const items = adapter.findItems(doc).filter((el) => adapter.read(el) !== null);
    let checked = 0;
    for (const item of items) {
      // Every element of the item holding words of its own: where a page writes text in.
      for (const el of [item, ...item.querySelectorAll('*')]) {
        if (![...el.childNodes].some((n) => n.nodeType === 3 && n.nodeValue?.trim())) continue;
        // The innermost item around it (a reply nested in a comment is the reply).
        const innermost = items.filter((i) => i.contains(el)).reduce((a, b) => (a.contains(b) ? b : a));
        if (innermost !== item) continue;
        expect(adapter.findItems(el), `${file}: <${el.localName}> “${el.textContent?.trim().slice(0, 40)}”`).toContain(item);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(items.length);
  });
});
