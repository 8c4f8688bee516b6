/**
 * A hand-written pack in the words people use for it. A contact-centre lead
 * writing a pack from a description ("URL patterns and selectors for item,
 * author, profile link, text, rating, time, permalink") writes `urlPatterns`,
 * `profile_link` or `itemSelector`, and leaves out what has an obvious value
 * (the format, version 1). Those are read as the pack's own fields, and each
 * reading is said back (`notes`); anything else unknown is still an error
 * that names it (schema.ts), so a misspelt field never reads as empty.
 * Plain data in, plain data out: the strict schema validates the result.
 */

/** Field name as compared: case, dashes, underscores and spaces do not matter. */
const norm = (key: string): string => key.toLowerCase().replace(/[-_\s]/g, '');

const TOP: Record<string, readonly string[]> = {
  matches: ['matches', 'match', 'urlpatterns', 'urlpattern', 'urls', 'url', 'patterns', 'pattern', 'pages', 'sites'],
  idAttribute: ['idattribute', 'idattr'],
  ratingAttribute: ['ratingattribute', 'ratingattr'],
  ratingScale: ['ratingscale', 'scale', 'ratingmax', 'maxrating', 'outof'],
};

const SELECTORS: Record<string, readonly string[]> = {
  item: ['item', 'items', 'itemselector'],
  author: ['author', 'authorname', 'name', 'authorselector'],
  profileLink: ['profilelink', 'profile', 'profileurl', 'authorlink', 'authorurl', 'authorprofile', 'authorprofilelink', 'profilelinkselector'],
  text: ['text', 'body', 'content', 'message', 'textselector'],
  rating: ['rating', 'stars', 'score', 'ratingselector'],
  time: ['time', 'date', 'datetime', 'timestamp', 'postedat', 'posted', 'timeselector', 'dateselector'],
  permalink: ['permalink', 'link', 'url', 'permalinkurl', 'permalinkselector'],
};

// Top-level names that are selectors (a pack written flat, without `selectors: {…}`): never one of the
// pack's own fields or their aliases (`name`, `url`), which keep their meaning there.
const OWN_FIELDS = ['format', 'id', 'name', 'version', 'kind', 'selectors', ...Object.values(TOP).flat()];
const FLAT_SELECTOR = new Set(Object.values(SELECTORS).flat().filter((alias) => !OWN_FIELDS.includes(alias)));

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Renames `obj`'s keys to the canonical ones of `names`; unknown keys are kept as written (the schema names them). */
function rename(
  obj: Record<string, unknown>,
  names: Record<string, readonly string[]>,
  where: string,
  notes: string[],
  errors: string[],
): Record<string, unknown> {
  const canonical = new Map<string, string>();
  for (const [field, aliases] of Object.entries(names)) for (const alias of aliases) canonical.set(alias, field);
  const out: Record<string, unknown> = {};
  const from = new Map<string, string>();
  for (const [key, value] of Object.entries(obj)) {
    const field = canonical.get(norm(key)) ?? key;
    const before = from.get(field);
    if (before !== undefined) {
      errors.push(`${where}${field}: given twice, as "${before}" and as "${key}": keep one`);
      continue;
    }
    from.set(field, key);
    out[field] = value;
    if (field !== key) notes.push(`read "${where}${key}" as "${where}${field}"`);
  }
  return out;
}

/** A slug for an id from a pack's name: "CareNotes Reviews" → "carenotes-reviews". */
function slug(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

export interface Normalized {
  value: unknown;
  /** What was read differently from how it was written, in plain words. */
  notes: string[];
  /** Ambiguities no reading settles (a field given under two names). */
  errors: string[];
}

/** Reads a hand-written pack's fields as the pack's own (see the top of this file). Not an object: returned as it is. */
export function normalizePack(json: unknown, format: string): Normalized {
  const notes: string[] = [];
  const errors: string[] = [];
  if (!isObject(json)) return { value: json, notes, errors };
  const top: Record<string, unknown> = {};
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    // A selector written at the top (and not also a pack field): gathered under `selectors`.
    if (FLAT_SELECTOR.has(norm(key)) && typeof value === 'string') flat[key] = value;
    else top[key] = value;
  }
  const pack = rename(top, TOP, '', notes, errors);
  if (Object.keys(flat).length) {
    if (pack.selectors !== undefined) {
      // Both: leave the flat ones where they are, for the schema to name.
      Object.assign(pack, flat);
    } else {
      pack.selectors = flat;
      notes.push(`read ${Object.keys(flat).map((k) => `"${k}"`).join(', ')} as selectors`);
    }
  }
  if (isObject(pack.selectors)) pack.selectors = rename(pack.selectors, SELECTORS, 'selectors.', notes, errors);
  if (typeof pack.matches === 'string') {
    pack.matches = [pack.matches];
    notes.push('read the one URL pattern as a list of one');
  }
  if (pack.format === undefined) {
    pack.format = format;
    notes.push(`no "format": read as "${format}"`);
  }
  if (pack.version === undefined) {
    pack.version = 1;
    notes.push('no "version": read as 1');
  }
  if (pack.id === undefined && typeof pack.name === 'string' && slug(pack.name).length >= 2) {
    pack.id = slug(pack.name);
    notes.push(`no "id": made "${pack.id}" from the name`);
  }
  if (pack.name === undefined && typeof pack.id === 'string') {
    pack.name = pack.id;
    notes.push('no "name": the id stands for it');
  }
  if (typeof pack.kind === 'string' && /^(comments|reviews)$/i.test(pack.kind.trim())) {
    const kind = pack.kind.trim().toLowerCase().slice(0, -1);
    notes.push(`read "kind": "${pack.kind}" as "${kind}"`);
    pack.kind = kind;
  }
  if (pack.kind === undefined && isObject(pack.selectors)) {
    pack.kind = pack.selectors.rating !== undefined ? 'review' : 'comment';
    notes.push(`no "kind": read as "${pack.kind}" (${pack.kind === 'review' ? 'it has a rating' : 'it has no rating'})`);
  }
  return { value: pack, notes, errors };
}
