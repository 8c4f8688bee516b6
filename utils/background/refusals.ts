/**
 * Refused messages go to the audit log, so a moderator (or whoever reads the
 * log after an incident) sees that something tried: a web page or a content
 * script asking for what only Keel's own pages may ask (export, wipe, approve a
 * template), or a malformed message. One entry per kind of refusal, sender
 * origin and message type per minute: a hostile page cannot flood the log.
 */
import type { KeelDb } from '../db';
import { recordAction } from './actions';

const WINDOW_MS = 60_000;
const seen = new Map<string, number>();

function originOf(url: string | undefined): string {
  if (!url) return 'an unknown sender';
  try {
    const u = new URL(url);
    return u.protocol === 'chrome-extension:' || u.protocol === 'moz-extension:' ? 'one of Keel’s own pages' : u.origin;
  } catch {
    return 'an unknown sender';
  }
}

/** Whether a refusal of this kind from this origin should be written now (at most one a minute each). */
export function shouldLog(why: string, type: string | undefined, origin: string, now: number): boolean {
  const key = `${why}\n${type ?? ''}\n${origin}`;
  const last = seen.get(key);
  if (last !== undefined && now - last < WINDOW_MS) return false;
  if (seen.size > 500) seen.clear();
  seen.set(key, now);
  return true;
}

export async function logRefusal(db: KeelDb, why: string, detail: { type?: string; url?: string }, now: number): Promise<void> {
  const origin = originOf(detail.url);
  if (!shouldLog(why, detail.type, origin, now)) return;
  const type = detail.type ? `“${detail.type.slice(0, 100)}”` : 'a message';
  await recordAction(db, { kind: 'refused', actor: 'Keel', cause: 'security', detail: `Refused ${type} from ${origin}: ${why}.` }, now);
}
