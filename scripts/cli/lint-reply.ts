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
import { z } from 'zod';
import { lintReply } from '../../utils/lint/reply';
import { PlatformSchema } from '../../utils/model';
import { readProfile } from './classify';
import { forEachLine } from './jsonl';

const LineSchema = z.object({
  id: z.union([z.string().max(200), z.number()]).transform(String),
  text: z.string().max(100_000),
  platform: PlatformSchema.nullish(),
  negative: z.boolean().nullish(),
});

export async function lintReplyCommand(file: string, profileFile: string | undefined): Promise<number> {
  const profile = readProfile(profileFile);
  const { bad } = await forEachLine(file, LineSchema, 'reply', ({ id, text, platform, negative }) => {
    const { errors, warnings } = lintReply(text, { profile, platform: platform ?? null, negative: negative ?? null });
    process.stdout.write(`${JSON.stringify({ id, errors, warnings })}\n`);
  });
  return bad ? 1 : 0;
}
