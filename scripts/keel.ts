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

/** `keel extract --help`: what it prints, and how to write a pack (README: "When a platform changes its layout"). */
const EXTRACT_HELP = `usage: npm run -s keel -- extract FILE.html --url URL [--pack PACK.json]

Reads a saved page (its scripts are not run) with the adapter of the site URL is on,
or with a selector pack, and prints one JSON object per comment or review:
  {platform, kind, id, permalink, author: {name, profileUrl}, text, rating,
   recommends, postedAt, parentId}
null where the page has no value. kind is comment, reply or review (an owner's
response is a reply). postedAt is an ISO time where the page shows one, else its
own words ("2h"), then seenAt: when the page was saved (the file's time). An item
whose words the page cut short ("See more", the rest not in the page) has cut: true.

A pack (PACK.json) says where a site keeps its comments; its matches must cover URL:
  {
    "format": "keel-pack/1", "id": "harborlane", "name": "Harborlane Reviews", "version": 1,
    "matches": ["https://www.harborlane-reviews.com/biz/*"], "kind": "review",
    "selectors": { "item": "[data-review-id]", "author": ".name", "profileLink": "a.name",
                   "text": ".body", "rating": ".stars", "time": "time", "permalink": "a.when" },
    "idAttribute": "data-review-id", "ratingAttribute": "content", "ratingScale": 5
  }
Only selectors.item and selectors.text are needed. Names people use work too
(urlPatterns for matches, itemSelector, body, stars, date, link..., selectors at
the top level); stderr says how each was read. An item inside another item is a
reply to it. An error names the field that is wrong.`;

const HELP: Record<string, string> = { extract: EXTRACT_HELP };

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (command && (args.includes('--help') || args.includes('-h'))) {
    console.log(HELP[command] ?? USAGE);
    return 0;
  }
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
