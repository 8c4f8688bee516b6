/** Evidence hashing, cropping and verification: pure, table-tested. */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import type { EvidenceRow } from '../../utils/db/types';
import { canonicalBytes, canonicalHeader, EVIDENCE_FORMAT, evidenceHash, type EvidenceFields } from '../../utils/evidence/canonical';
import { cropBox } from '../../utils/evidence/crop';
import { verifyEvidence } from '../../utils/evidence/verify';

const FIELDS: EvidenceFields = {
  itemKey: 'facebook:1005',
  platform: 'facebook',
  pageUrl: 'https://www.facebook.com/HarboursideDental/posts/pfbid02',
  permalink: 'https://www.facebook.com/HarboursideDental/posts/pfbid02?comment_id=1005',
  author: { name: 'Gil Brandt', profileUrl: 'https://www.facebook.com/gil.brandt' },
  text: 'Fire her. “Saw the video” — #shame',
  postedAt: 1_700_000_000_000,
  postedText: '58m',
  capturedAt: 1_700_000_123_456,
};
// A PNG's signature and a few bytes: enough to stand for a picture's bytes.
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5, 6, 7, 8]);

const row = (fields: EvidenceFields, png: Uint8Array | null, sha256 = evidenceHash(fields, png)): EvidenceRow => ({
  id: 'e1',
  ...fields,
  workspaceId: 'default',
  incidentId: null,
  capturedBy: 'Sam',
  auto: false,
  label: 'troll',
  screenshot: png ? new Blob([png as BlobPart], { type: 'image/png' }) : null,
  sha256,
});

describe('canonical serialisation', () => {
  test('fixed field order, then a newline, then the PNG bytes', () => {
    expect(canonicalHeader(FIELDS, 16)).toBe(
      JSON.stringify([
        EVIDENCE_FORMAT, 'facebook:1005', 'facebook', FIELDS.pageUrl, FIELDS.permalink, 'Gil Brandt', FIELDS.author.profileUrl,
        FIELDS.text, 1_700_000_000_000, '58m', 1_700_000_123_456, 16,
      ]),
    );
    const bytes = canonicalBytes(FIELDS, PNG);
    const head = new TextEncoder().encode(`${canonicalHeader(FIELDS, 16)}\n`);
    expect(bytes.length).toBe(head.length + PNG.length);
    expect([...bytes.subarray(head.length)]).toEqual([...PNG]);
    expect(new TextDecoder().decode(canonicalBytes(FIELDS, null))).toBe(`${canonicalHeader(FIELDS, null)}\n`);
  });

  test('a known SHA-256 (fields only): the format is stable', () => {
    // Checked against Node's own SHA-256 of the same bytes.
    const text = `${canonicalHeader({ ...FIELDS, text: 'abc' }, null)}\n`;
    expect(evidenceHash({ ...FIELDS, text: 'abc' }, null)).toBe(sha256OfText(text));
    expect(evidenceHash(FIELDS, PNG)).toMatch(/^[0-9a-f]{64}$/);
  });

  test.each([
    ['text', { text: `${FIELDS.text}.` }],
    ['author name', { author: { ...FIELDS.author, name: 'Gil Brant' } }],
    ['author profile', { author: { ...FIELDS.author, profileUrl: null } }],
    ['permalink', { permalink: null }],
    ['page', { pageUrl: `${FIELDS.pageUrl}x` }],
    ['posted time', { postedAt: null }],
    ['posted wording', { postedText: '59m' }],
    ['capture time', { capturedAt: FIELDS.capturedAt + 1 }],
    ['item', { itemKey: 'facebook:1006' }],
  ] as const)('changing the %s changes the hash', (_what, change) => {
    expect(evidenceHash({ ...FIELDS, ...change }, PNG)).not.toBe(evidenceHash(FIELDS, PNG));
  });

  test('fields cannot be shifted into one another (a name ending where the text starts)', () => {
    const a = { ...FIELDS, author: { ...FIELDS.author, name: 'Gil' }, text: 'Brandt says hi' };
    const b = { ...FIELDS, author: { ...FIELDS.author, name: 'Gil Brandt' }, text: 'says hi' };
    expect(evidenceHash(a, null)).not.toBe(evidenceHash(b, null));
  });
});

function sha256OfText(text: string): string {
  // Node's own implementation, independent of @noble/hashes.
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

describe('verifyEvidence', () => {
  test('a row as captured verifies, with or without a screenshot', async () => {
    expect(await verifyEvidence(row(FIELDS, PNG))).toMatchObject({ ok: true });
    expect(await verifyEvidence(row(FIELDS, null))).toMatchObject({ ok: true });
  });

  test('tampered text does not verify', async () => {
    const r = row(FIELDS, PNG);
    const v = await verifyEvidence({ ...r, text: 'Thank you for the kind care.' });
    expect(v.ok).toBe(false);
    expect(v.stored).toBe(r.sha256);
    expect(v.actual).not.toBe(r.sha256);
  });

  test('one PNG byte changed does not verify; nor a screenshot removed or added', async () => {
    const r = row(FIELDS, PNG);
    const bad = PNG.slice();
    bad[12] = (bad[12] ?? 0) ^ 1;
    expect((await verifyEvidence({ ...r, screenshot: new Blob([bad as BlobPart]) })).ok).toBe(false);
    expect((await verifyEvidence({ ...r, screenshot: null })).ok).toBe(false);
    expect((await verifyEvidence({ ...row(FIELDS, null), screenshot: new Blob([PNG as BlobPart]) })).ok).toBe(false);
  });
});

describe('cropBox', () => {
  test.each([
    ['inside, dpr 1', { x: 10, y: 20, width: 300, height: 80 }, { width: 1100, height: 900 }, { dpr: 1, viewportWidth: 1100 }, { sx: 10, sy: 20, sw: 300, sh: 80 }],
    ['inside, dpr 2', { x: 10, y: 20, width: 300, height: 80 }, { width: 2200, height: 1800 }, { dpr: 2, viewportWidth: 1100 }, { sx: 20, sy: 40, sw: 600, sh: 160 }],
    ['scale from the image when dpr lies (page zoom)', { x: 100, y: 100, width: 100, height: 50 }, { width: 1500, height: 1200 }, { dpr: 1, viewportWidth: 1000 }, { sx: 150, sy: 150, sw: 150, sh: 75 }],
    ['no viewport: dpr', { x: 100, y: 100, width: 100, height: 50 }, { width: 2000, height: 2000 }, { dpr: 2 }, { sx: 200, sy: 200, sw: 200, sh: 100 }],
    ['fractions round outwards', { x: 10.4, y: 20.6, width: 99.2, height: 10.1 }, { width: 1100, height: 900 }, { dpr: 1, viewportWidth: 1100 }, { sx: 10, sy: 20, sw: 100, sh: 11 }],
    ['above the top: clamped', { x: 0, y: -50, width: 200, height: 100 }, { width: 1100, height: 900 }, { dpr: 1, viewportWidth: 1100 }, { sx: 0, sy: 0, sw: 200, sh: 50 }],
    ['past the bottom right: clamped', { x: 1000, y: 850, width: 300, height: 300 }, { width: 1100, height: 900 }, { dpr: 1, viewportWidth: 1100 }, { sx: 1000, sy: 850, sw: 100, sh: 50 }],
  ] as const)('%s', (_name, rect, image, scale, box) => {
    expect(cropBox(rect, image, scale)).toEqual(box);
  });

  test.each([
    ['below the screen', { x: 0, y: 950, width: 200, height: 100 }],
    ['left of it', { x: -300, y: 10, width: 200, height: 100 }],
    ['empty', { x: 10, y: 10, width: 0, height: 100 }],
  ])('nothing on screen (%s): null', (_name, rect) => {
    expect(cropBox(rect, { width: 1100, height: 900 }, { dpr: 1, viewportWidth: 1100 })).toBeNull();
  });

  test('an empty image or a nonsense scale: null', () => {
    expect(cropBox({ x: 0, y: 0, width: 10, height: 10 }, { width: 0, height: 900 }, { dpr: 1 })).toBeNull();
    expect(cropBox({ x: 0, y: 0, width: 10, height: 10 }, { width: 100, height: 100 }, { dpr: 0 })).toBeNull();
  });
});
