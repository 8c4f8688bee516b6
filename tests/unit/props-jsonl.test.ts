/**
 * JSON Lines files for the CLI (scripts/cli/jsonl.ts), property-based: in a
 * file of good, broken and blank lines, every broken line is reported on
 * stderr with its line number and skipped, every good one is passed on in
 * order, and nothing throws.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { forEachLine } from '../../scripts/cli/jsonl';
import { StreamInputSchema } from '../../utils/classify/stream';
import { brokenFile, RUNS } from './props-helpers';

const ITEM = {
  id: 'c1',
  platform: 'facebook',
  kind: 'comment',
  author: { name: 'Dana', profileUrl: 'https://www.facebook.com/dana' },
  text: 'Great visit, thank you.',
  rating: 5,
  recommends: null,
  postedAt: '2026-03-01T10:00:00Z',
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keel-props-jsonl-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const line = fc.oneof(
  fc.constant(JSON.stringify(ITEM)),
  fc.record({ id: fc.string({ minLength: 1, maxLength: 10 }), text: fc.string({ maxLength: 40 }) }).map((r) => JSON.stringify({ ...ITEM, ...r })),
  // One line may not break into two: a newline inside a broken value becomes a space.
  brokenFile(ITEM).map((b) => b.text.replace(/[\r\n]/g, ' ')),
  fc.constantFrom('', '   ', '\t'),
);

describe('a JSON Lines file with bad lines', () => {
  test('each bad line is reported with its number and skipped; the good ones pass in order', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), async (lines, newline, bom) => {
        const file = path.join(dir, `f${++n}.jsonl`);
        fs.writeFileSync(file, (bom ? '\uFEFF' : '') + lines.join(newline) + newline, 'utf8');
        // What the file holds once written (a lone surrogate is written as U+FFFD): the lines to expect.
        const written = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(newline).slice(0, lines.length);
        const good: unknown[] = [];
        const badLines: number[] = [];
        written.forEach((text, i) => {
          if (!text.trim()) return;
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            badLines.push(i + 1);
            return;
          }
          const parsed = StreamInputSchema.safeParse(json);
          if (parsed.success) good.push(parsed.data);
          else badLines.push(i + 1);
        });

        const errors: string[] = [];
        const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
          errors.push(String(chunk));
          return true;
        });
        const seen: unknown[] = [];
        let result: { bad: number };
        try {
          result = await forEachLine(file, StreamInputSchema, 'item', (v) => seen.push(v));
        } finally {
          spy.mockRestore();
        }
        expect(result.bad).toBe(badLines.length);
        expect(seen).toEqual(good);
        expect(errors).toHaveLength(badLines.length);
        errors.forEach((e, i) => {
          expect(e.startsWith(`${file}: line ${badLines[i]}: `)).toBe(true);
          expect(e).toMatch(/: (not valid JSON \(|invalid item: \S)/);
        });
      }),
      { numRuns: Math.min(RUNS, 100) },
    );
  }, 60_000);
});
