/**
 * Keel's command line, for people and for tests: `npm run -s keel -- <command>`.
 *   classify FILE.jsonl [--profile PROFILE.json]   label items (see scripts/cli/classify.ts)
 *   extract FILE.html --url URL [--pack PACK.json] read a saved page with its adapter or a pack (scripts/cli/extract.ts)
 *   lint-reply FILE.jsonl [--profile PROFILE.json] check draft replies for what must not be posted (scripts/cli/lint-reply.ts)
 */
import { classifyCommand } from './cli/classify';
import { extractCommand } from './cli/extract';
import { lintReplyCommand } from './cli/lint-reply';

const USAGE = `usage: npm run -s keel -- classify FILE.jsonl [--profile PROFILE.json]
       npm run -s keel -- extract FILE.html --url URL [--pack PACK.json]
       npm run -s keel -- lint-reply FILE.jsonl [--profile PROFILE.json]`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  switch (command) {
    case 'classify': {
      const file = positional[0];
      if (!file) break;
      return classifyCommand(file, option(args, '--profile'));
    }
    case 'extract': {
      const file = positional[0];
      if (!file) break;
      return extractCommand(file, option(args, '--url'), option(args, '--pack'));
    }
    case 'lint-reply': {
      const file = positional[0];
      if (!file) break;
      return lintReplyCommand(file, option(args, '--profile'));
    }
    case undefined:
    case '--help':
    case '-h':
      console.log(USAGE);
      return command ? 0 : 2;
  }
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`keel: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 2;
  },
);
