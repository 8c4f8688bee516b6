/**
 * keel classify FILE.jsonl [--profile PROFILE.json]
 * Reads items in time order, one JSON object per line, and prints one result
 * per item: {"id","label","confidence","reasons","campaign"}. Each result uses
 * only the items before it. A bad line is reported on stderr with its line
 * number and skipped; the rest are still classified (exit status 1 then).
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { z } from 'zod';
import { createStreamClassifier, StreamInputSchema, type StreamProfile, StreamProfileSchema } from '../../utils/classify/stream';

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
  const input = file === '-' ? process.stdin : fs.createReadStream(file, 'utf8');
  const lines = readline.createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  let bad = 0;
  const out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(`${out.join('\n')}\n`);
    out.length = 0;
  };
  for await (const raw of lines) {
    lineNo++;
    // A byte-order mark some editors put before the first line is not part of the JSON.
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!line.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (err) {
      bad++;
      process.stderr.write(`${file}: line ${lineNo}: not valid JSON (${err instanceof Error ? err.message : String(err)})\n`);
      continue;
    }
    const parsed = StreamInputSchema.safeParse(json);
    if (!parsed.success) {
      bad++;
      const why = parsed.error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ');
      process.stderr.write(`${file}: line ${lineNo}: invalid item: ${why}\n`);
      continue;
    }
    out.push(JSON.stringify(classifier.next(parsed.data)));
    if (out.length >= 1000) flush();
  }
  flush();
  return bad ? 1 : 0;
}
