/**
 * Reading a JSON Lines file (or standard input, "-") for the CLI commands: one
 * object per line, each checked with a Zod schema. A bad line is reported on
 * stderr with its file and line number and skipped; the others go on.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import type { z } from 'zod';

export async function forEachLine<S extends z.ZodType>(
  file: string,
  schema: S,
  what: string,
  each: (value: z.infer<S>) => void,
): Promise<{ bad: number }> {
  const input = file === '-' ? process.stdin : fs.createReadStream(file, 'utf8');
  const lines = readline.createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  let bad = 0;
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
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      bad++;
      const why = parsed.error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ');
      process.stderr.write(`${file}: line ${lineNo}: invalid ${what}: ${why}\n`);
      continue;
    }
    each(parsed.data);
  }
  return { bad };
}
