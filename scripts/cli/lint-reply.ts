/**
 * keel lint-reply FILE.jsonl [--profile PROFILE.json]
 * Checks draft replies before they are posted. Reads one JSON object per line,
 * {"id", "text"} (optional "platform", and "negative": true|false when the
 * reply answers a negative item; by default that is told from the reply's own
 * words), and prints one line each: {"id", "errors": [{rule, message, excerpt}],
 * "warnings": [...]}. The profile has the shape of the classify command's
 * (businessName, services, staff, roster): staff may be named, services count
 * as treatments, roster names are patients. A bad line is reported on stderr
 * with its number and skipped (exit status 1); the others are still checked.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { z } from 'zod';
import { lintReply } from '../../utils/lint/reply';
import { PlatformSchema } from '../../utils/model';
import { readProfile } from './classify';

const LineSchema = z.object({
  id: z.union([z.string().max(200), z.number()]).transform(String),
  text: z.string().max(100_000),
  platform: PlatformSchema.nullish(),
  negative: z.boolean().nullish(),
});

export async function lintReplyCommand(file: string, profileFile: string | undefined): Promise<number> {
  const profile = readProfile(profileFile);
  const input = file === '-' ? process.stdin : fs.createReadStream(file, 'utf8');
  const lines = readline.createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  let bad = 0;
  for await (const raw of lines) {
    n++;
    const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!line.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      bad++;
      process.stderr.write(`line ${n}: not JSON\n`);
      continue;
    }
    const parsed = LineSchema.safeParse(json);
    if (!parsed.success) {
      bad++;
      process.stderr.write(`line ${n}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ')}\n`);
      continue;
    }
    const { id, text, platform, negative } = parsed.data;
    const { errors, warnings } = lintReply(text, { profile, platform: platform ?? null, negative: negative ?? null });
    process.stdout.write(`${JSON.stringify({ id, errors, warnings })}\n`);
  }
  return bad ? 1 : 0;
}
