/**
 * A workspace's own rules applied over the classifier's answer: blocked terms
 * always flag an item as a troll (a threat stays a threat, and the business's
 * own posts are never flagged). Matched as whole words on normalised text, so
 * "sc@m" and "SCAM" match "scam".
 */
import type { Classification } from '../model';
import { allMatches, normalizeForMatch, type PhraseMatcher, phraseMatcher } from './normalize';

const cache = new Map<string, PhraseMatcher>();

function matcherFor(terms: readonly string[]): PhraseMatcher | null {
  const clean = terms.map((t) => t.trim()).filter(Boolean);
  if (!clean.length) return null;
  const key = clean.join('\n');
  let m = cache.get(key);
  if (!m) {
    if (cache.size > 20) cache.clear();
    m = phraseMatcher(clean);
    cache.set(key, m);
  }
  return m;
}

export function applyBlockedTerms<C extends Classification>(result: C, text: string, terms: readonly string[], byBusiness: boolean): C {
  if (byBusiness || result.label === 'threat') return result;
  const m = matcherFor(terms);
  if (!m) return result;
  const found = allMatches(m, normalizeForMatch(text), 3);
  if (!found.length) return result;
  const reason = `Uses a term your workspace blocks: “${found.join('”, “')}”.`;
  return { ...result, label: 'troll', confidence: Math.max(result.confidence, 0.9), reasons: [reason, ...result.reasons].slice(0, 20) };
}
