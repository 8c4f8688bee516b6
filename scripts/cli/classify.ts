/**
 * keel classify FILE.jsonl [--profile PROFILE.json]
 * Reads items in time order, one JSON object per line, and prints one result
 * per item: {"id","label","confidence","reasons","campaign"}. Each result uses
 * only the items before it. A bad line is reported on stderr with its line
 * number and skipped; the rest are still classified (exit status 1 then).
 */
import fs from 'node:fs';
import { z } from 'zod';
import { createStreamClassifier, StreamInputSchema, type StreamProfile, StreamProfileSchema } from '../../utils/classify/stream';
import { forEachLine } from './jsonl';

export function readProfile(file: string | undefined): StreamProfile {
  if (!file) return { businessName: '', services: [], staff: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`Cannot read profile ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = StreamProfileSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`Invalid profile ${file}:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export async function classifyCommand(file: string, profileFile: string | undefined): Promise<number> {
  const classifier = createStreamClassifier(readProfile(profileFile));
  const out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(`${out.join('\n')}\n`);
    out.length = 0;
  };
  const { bad } = await forEachLine(file, StreamInputSchema, 'item', (item) => {
    out.push(JSON.stringify(classifier.next(item)));
    if (out.length >= 1000) flush();
  });
  flush();
  return bad ? 1 : 0;
}
