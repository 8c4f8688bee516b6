/**
 * Selector packs: a JSON description of where a site keeps its comments or
 * reviews, so a user or a contact-centre lead can add a site, or repair a
 * broken built-in adapter, without a new release of Keel.
 *
 * A pack is data from outside the extension: it is parsed with Zod at every
 * boundary (import, storage, the message that carries it to a tab), and its
 * selectors are only ever handed to querySelector, never evaluated.
 */
import { z } from 'zod';
import { PLATFORMS } from '../model';
import { normalizePack } from './aliases';

export { patternMatches } from './match';

export const PACK_FORMAT = 'keel-pack/1';

/**
 * A CSS selector, checked for what can be checked without a DOM (the service
 * worker has none): length, balanced brackets and quotes, no style blocks.
 * Extension pages and the content script also run it through querySelector.
 */
export const SelectorSchema = z
  .string()
  .trim()
  .min(1, 'is empty')
  .max(500, 'is longer than 500 characters')
  .refine((s) => !/[{};]/.test(s), 'may not contain { } or ;')
  .refine(balanced, 'has unbalanced brackets or quotes');

function balanced(s: string): boolean {
  const open: string[] = [];
  let quote: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (c === '\\') {
      i++;
      continue;
    }
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') open.push(c === '[' ? ']' : ')');
    else if (c === ']' || c === ')') {
      if (open.pop() !== c) return false;
    }
  }
  return !quote && open.length === 0;
}

/**
 * A URL pattern: https://host/path with `*` as a wildcard, as in
 * "https://www.example-reviews.com/biz/*". The host may start with "*." for
 * any subdomain. Only https (and http for local testing) pages.
 */
export const UrlPatternSchema = z
  .string()
  .trim()
  .max(500, 'is longer than 500 characters')
  .regex(
    /^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d+)?\/\S*$/i,
    'must look like https://www.example.com/path/* (a scheme, a host, then a path)',
  )
  .refine((p) => !/^https?:\/\/\*\.[^./]+(?::\d+)?\//i.test(p), 'may not cover a whole top-level domain (*.com): name the site');

const RESERVED = new Set<string>(PLATFORMS);

// Strict: a misspelt field ("permaLink") is an error that names it, never a silently empty value.
export const PackSchema = z.strictObject({
  format: z.literal(PACK_FORMAT, { error: `must be "${PACK_FORMAT}"` }),
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'must be 2–40 lowercase letters, digits or dashes')
    .refine((id) => !RESERVED.has(id), 'is the name of a built-in platform: pick another id'),
  name: z.string().trim().min(1, 'is empty').max(100),
  /** Increase it when the pack changes: an import keeps the higher version. */
  version: z.number().int().min(1).max(1_000_000),
  /** Which pages the pack reads. */
  matches: z.array(UrlPatternSchema).min(1, 'needs at least one URL pattern').max(50),
  /** What the items are: comments (nested ones become replies) or reviews. */
  kind: z.enum(['comment', 'review']),
  selectors: z.strictObject({
    /** Each comment or review; an item inside another is a reply to it. */
    item: SelectorSchema,
    /** Inside the item: the author's name. */
    author: SelectorSchema.optional(),
    /** Inside the item: a link to the author's profile. */
    profileLink: SelectorSchema.optional(),
    /** Inside the item: the text. */
    text: SelectorSchema,
    /** Inside the item: the star rating; its number is read from `ratingAttribute` or its text. */
    rating: SelectorSchema.optional(),
    /** Inside the item: the time; `datetime` or `title` when absolute, else the text. */
    time: SelectorSchema.optional(),
    /** Inside the item: a link to the item itself. */
    permalink: SelectorSchema.optional(),
  }),
  /** Attribute of the item holding its id (e.g. "data-review-id"); else the permalink is the id. */
  idAttribute: z.string().regex(/^[a-z][a-z0-9_.:-]{0,60}$/i, 'must be an attribute name').optional(),
  /** Attribute of the rating element holding the number ("aria-label", "data-rating"). */
  ratingAttribute: z.string().regex(/^[a-z][a-z0-9_.:-]{0,60}$/i, 'must be an attribute name').optional(),
  /** The rating's scale when it is not out of 5 (e.g. 10): it is converted to 1–5. */
  ratingScale: z.number().int().min(2).max(100).optional(),
});
export type Pack = z.infer<typeof PackSchema>;

/** A Zod error as lines that name the field: "selectors.item: is empty". */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.length ? issue.path.map(String).join('.') : '(the pack)';
    if (issue.code === 'unrecognized_keys') {
      const known = Object.keys((issue.path.length ? PackSchema.shape.selectors : PackSchema).shape).join(', ');
      return `${where}: unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')} (the fields are: ${known})`;
    }
    return `${where}: ${issue.message}`;
  });
}

/** `notes`: how a hand-written field was read (aliases.ts), to say back to whoever wrote it. */
export type PackParse = { ok: true; pack: Pack; notes: string[] } | { ok: false; errors: string[] };

/** Parses a pack from JSON text, with errors that name the bad field. */
export function parsePack(text: string): PackParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, errors: [`Not JSON: ${(err as Error).message}`] };
  }
  return parsePackValue(json);
}

/** Parses a pack written by hand or exported: its fields may go by the names people use (aliases.ts). */
export function parsePackValue(json: unknown): PackParse {
  const { value, notes, errors } = normalizePack(json, PACK_FORMAT);
  const result = PackSchema.safeParse(value);
  if (result.success && !errors.length) return { ok: true, pack: result.data, notes };
  return { ok: false, errors: [...errors, ...(result.success ? [] : describeIssues(result.error))] };
}
