/**
 * `npm run eval -- [FILE.jsonl] [--profile P.json] [--json]`: scores the stream
 * classifier against a labelled JSONL file (default tests/eval/devset.jsonl
 * with tests/eval/profile.json).
 *
 * Each line is a StreamInput plus `expected` (the true label) and, optionally,
 * `campaign: true` for pile-on participants (other extra fields, such as
 * `lang`, are ignored). Items go through ONE classifier in file order, as they
 * would arrive on a page, so campaign and author signals work as in use.
 *
 * Prints a confusion matrix, per-label precision / recall / F1, accuracy, the
 * genuine→troll rate (the costly mistake), threat recall, campaign-flag
 * precision / recall, and the worst misses. `--json` prints one JSON object.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStreamClassifier, type StreamInput, StreamInputSchema, StreamProfileSchema } from '../utils/classify/stream';
import { LABELS, type Label } from '../utils/labels';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORST = 15;

interface Args {
  file: string;
  profile: string;
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    file: path.join(ROOT, 'tests/eval/devset.jsonl'),
    profile: path.join(ROOT, 'tests/eval/profile.json'),
    json: false,
  };
  let fileSet = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--json') args.json = true;
    else if (a === '--profile') {
      const p = argv[++i];
      if (!p) fail('--profile needs a file');
      args.profile = path.resolve(p);
    } else if (a.startsWith('--profile=')) args.profile = path.resolve(a.slice('--profile='.length));
    else if (a === '-h' || a === '--help') {
      console.log('usage: tsx scripts/eval.ts [FILE.jsonl] [--profile P.json] [--json]');
      process.exit(0);
    } else if (a.startsWith('--')) fail(`unknown option ${a}`);
    else if (!fileSet) {
      args.file = path.resolve(a);
      fileSet = true;
    } else fail(`unexpected argument ${a}`);
  }
  return args;
}

function fail(msg: string): never {
  console.error(`eval: ${msg}`);
  process.exit(1);
}

interface Row {
  input: StreamInput;
  expected: Label;
  campaign: boolean | null;
}

const isLabel = (x: unknown): x is Label => typeof x === 'string' && (LABELS as readonly string[]).includes(x);

/** Parses a labelled JSONL file; exits with the line number on the first bad line. */
function readRows(file: string): Row[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    fail(`cannot read ${file}: ${(e as Error).message}`);
  }
  const rows: Row[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (!line) continue;
    let obj: Record<string, unknown>;
    try {
      obj = JSON.parse(line);
    } catch (e) {
      fail(`${file}:${i + 1}: not JSON (${(e as Error).message})`);
    }
    const { expected, campaign, ...rest } = obj;
    if (!isLabel(expected)) fail(`${file}:${i + 1}: "expected" must be one of ${LABELS.join(', ')} (got ${JSON.stringify(expected)})`);
    if (campaign !== undefined && typeof campaign !== 'boolean') fail(`${file}:${i + 1}: "campaign" must be true or false`);
    const parsed = StreamInputSchema.safeParse(rest);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      fail(`${file}:${i + 1}: ${issue ? `${issue.path.join('.') || '(item)'}: ${issue.message}` : 'invalid item'}`);
    }
    rows.push({ input: parsed.data, expected, campaign: campaign ?? null });
  }
  if (!rows.length) fail(`${file}: no items`);
  return rows;
}

function readProfile(file: string) {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`cannot read profile ${file}: ${(e as Error).message}`);
  }
  const parsed = StreamProfileSchema.safeParse(raw);
  if (!parsed.success) fail(`profile ${file}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

/** How bad a miss is: calling a real person hostile is worst, then a missed threat. */
function missCost(expected: Label, predicted: Label): number {
  const hostile = (l: Label) => l === 'troll' || l === 'threat' || l === 'spam';
  if ((expected === 'genuine' || expected === 'supporter') && hostile(predicted)) return expected === 'genuine' ? 10 : 7;
  if (expected === 'threat') return 8;
  if (hostile(expected) && (predicted === 'genuine' || predicted === 'supporter')) return 4;
  if (predicted === 'unclear') return 1;
  return 2;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const profile = readProfile(args.profile);
  const rows = readRows(args.file);

  const classifier = createStreamClassifier(profile, { salt: 'keel-eval' });
  const t0 = performance.now();
  const results = rows.map((r) => classifier.next(r.input));
  const ms = performance.now() - t0;

  // confusion[expected][predicted]
  const confusion = Object.fromEntries(LABELS.map((e) => [e, Object.fromEntries(LABELS.map((p) => [p, 0]))])) as Record<
    Label,
    Record<Label, number>
  >;
  let correct = 0;
  rows.forEach((row, i) => {
    const predicted = (results[i] as (typeof results)[number]).label;
    confusion[row.expected][predicted]++;
    if (predicted === row.expected) correct++;
  });

  const perLabel = {} as Record<Label, { precision: number; recall: number; f1: number; support: number }>;
  for (const l of LABELS) {
    const tp = confusion[l][l];
    const support = LABELS.reduce((s, p) => s + confusion[l][p], 0);
    const predicted = LABELS.reduce((s, e) => s + confusion[e][l], 0);
    const precision = ratio(tp, predicted);
    const recall = ratio(tp, support);
    const f1 = ratio(2 * precision * recall, precision + recall);
    perLabel[l] = { precision: r3(precision), recall: r3(recall), f1: r3(f1), support };
  }
  const accuracy = ratio(correct, rows.length);
  const genuineTotal = perLabel.genuine.support;
  const genuineToTroll = confusion.genuine.troll;
  const genuineToTrollRate = ratio(genuineToTroll, genuineTotal);
  const threatRecall = ratio(confusion.threat.threat, perLabel.threat.support);

  let campaign: { precision: number; recall: number } | null = null;
  const campaignCounts = { tp: 0, fp: 0, fn: 0 };
  if (rows.some((r) => r.campaign !== null)) {
    rows.forEach((row, i) => {
      const truth = row.campaign === true;
      const flagged = (results[i] as (typeof results)[number]).campaign;
      if (truth && flagged) campaignCounts.tp++;
      else if (flagged) campaignCounts.fp++;
      else if (truth) campaignCounts.fn++;
    });
    const { tp, fp, fn } = campaignCounts;
    campaign = { precision: r3(ratio(tp, tp + fp)), recall: r3(ratio(tp, tp + fn)) };
  }

  if (args.json) {
    console.log(
      JSON.stringify({
        perLabel,
        accuracy: r3(accuracy),
        genuineToTrollRate: r3(genuineToTrollRate),
        genuineToTrollCount: genuineToTroll,
        threatRecall: r3(threatRecall),
        campaign,
        n: rows.length,
      }),
    );
    return;
  }

  const out: string[] = [];
  out.push(`Keel eval: ${rows.length} items from ${path.relative(process.cwd(), args.file) || args.file} (${ms.toFixed(0)} ms)`, '');
  // Confusion matrix.
  const w = Math.max(...LABELS.map((l) => l.length)) + 2;
  const cell = (s: string | number) => String(s).padStart(w);
  out.push('Confusion matrix (rows: expected, columns: predicted)');
  out.push(`${'expected'.padEnd(w)}${LABELS.map(cell).join('')}${cell('total')}`);
  for (const e of LABELS) {
    out.push(`${e.padEnd(w)}${LABELS.map((p) => cell(confusion[e][p])).join('')}${cell(perLabel[e].support)}`);
  }
  out.push(`${'predicted'.padEnd(w)}${LABELS.map((p) => cell(LABELS.reduce((s, e) => s + confusion[e][p], 0))).join('')}${cell(rows.length)}`, '');
  // Per label.
  out.push(`${'label'.padEnd(w)}${cell('precision')}${cell('recall')}${cell('f1')}${cell('support')}`);
  for (const l of LABELS) {
    const m = perLabel[l];
    out.push(`${l.padEnd(w)}${cell(m.precision.toFixed(3))}${cell(m.recall.toFixed(3))}${cell(m.f1.toFixed(3))}${cell(m.support)}`);
  }
  const macroF1 = LABELS.reduce((s, l) => s + perLabel[l].f1, 0) / LABELS.length;
  out.push('');
  out.push(`accuracy              ${pct(accuracy)} (${correct}/${rows.length}), macro-F1 ${macroF1.toFixed(3)}`);
  out.push(`genuine → troll       ${pct(genuineToTrollRate)} (${genuineToTroll} of ${genuineTotal} genuine items)  ← the costly mistake`);
  out.push(`threat recall         ${pct(threatRecall)} (${confusion.threat.threat} of ${perLabel.threat.support})`);
  if (campaign) {
    const { tp, fp, fn } = campaignCounts;
    out.push(
      `campaign flag         precision ${pct(campaign.precision)} (${tp}/${tp + fp} flagged), recall ${pct(campaign.recall)} (${tp}/${tp + fn} expected)`,
    );
  } else out.push('campaign flag         (no expected campaign flags in this file)');

  // Worst misses: by cost of the mistake, then by the classifier's confidence in it.
  const misses = rows
    .map((row, i) => ({ row, res: results[i] as (typeof results)[number] }))
    .filter(({ row, res }) => row.expected !== res.label)
    .map(({ row, res }) => ({ row, res, cost: missCost(row.expected, res.label) * (0.5 + res.confidence) }))
    .sort((a, b) => b.cost - a.cost);
  out.push('', `Worst misses (${Math.min(WORST, misses.length)} of ${misses.length})`);
  for (const { row, res } of misses.slice(0, WORST)) {
    const text = row.input.text.replace(/\s+/g, ' ').trim();
    const short = text.length > 100 ? `${text.slice(0, 99)}…` : text || '(no text)';
    out.push(`  ${row.input.id.padEnd(10)} ${row.expected.padEnd(9)} → ${res.label.padEnd(9)} ${res.confidence.toFixed(2)}  ${JSON.stringify(short)}`);
  }
  console.log(out.join('\n'));
}

main();
