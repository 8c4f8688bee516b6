/**
 * `npm run eval:public`: checks the classifier against public labelled data in
 * ../shared/data (not bundled; each folder has its provenance and licence), as
 * an out-of-sample guard against tuning to Keel's own dev set:
 *   - NHS patient feedback (real patients' praise and complaints): how often a
 *     real patient would be called a troll or a threat;
 *   - HateCheck threat cases (direct and normative): threat recall;
 *   - HateCheck non-hateful profanity: how often profanity alone makes a troll.
 * Prints one JSON object with --json.
 */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { classify } from '../utils/classify';
import { DEFAULT_WORKSPACE } from '../utils/workspace';

const DATA = path.resolve(import.meta.dirname, '../../shared/data');
const json = process.argv.includes('--json');
const profile = DEFAULT_WORKSPACE.profile;

function csv(file: string): Array<Record<string, string>> {
  const text = fs.readFileSync(path.join(DATA, file), 'utf8');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

function rates(texts: string[]) {
  const counts: Record<string, number> = {};
  for (const text of texts) {
    const { label } = classify({ text, rating: null }, { profile });
    counts[label] = (counts[label] ?? 0) + 1;
  }
  const share = (l: string) => Math.round(((counts[l] ?? 0) / Math.max(1, texts.length)) * 1000) / 10;
  return { n: texts.length, counts, share };
}

if (!fs.existsSync(DATA)) {
  console.error(`No public data at ${DATA}: nothing to check.`);
  process.exit(0);
}

const nhs = rates(
  csv('nhs_patient_feedback_pxtextmining/phase_1_text_data.csv')
    .map((r) => r.feedback ?? '')
    .filter((t) => t.trim().length > 20),
);
const hatecheck = csv('hatecheck/test_suite_cases.csv');
const threats = rates(hatecheck.filter((r) => r.functionality?.startsWith('threat_')).map((r) => r.test_case ?? ''));
const profanityNh = rates(hatecheck.filter((r) => r.functionality === 'profanity_nh').map((r) => r.test_case ?? ''));

const figures = {
  nhsPatients: nhs.n,
  nhsTrollRatePct: nhs.share('troll'),
  nhsThreatRatePct: nhs.share('threat'),
  nhsGenuinePct: nhs.share('genuine'),
  hatecheckThreats: threats.n,
  hatecheckThreatRecallPct: threats.share('threat'),
  hatecheckProfanityNotHateful: profanityNh.n,
  hatecheckProfanityTrollPct: profanityNh.share('troll'),
};
if (json) console.log(JSON.stringify(figures));
else {
  console.log('Out-of-sample checks on ../shared/data');
  console.log(`  NHS patient feedback (${nhs.n} real patients): troll ${figures.nhsTrollRatePct}%, threat ${figures.nhsThreatRatePct}%, genuine ${figures.nhsGenuinePct}%`, nhs.counts);
  console.log(`  HateCheck threats (${threats.n}): threat recall ${figures.hatecheckThreatRecallPct}%`, threats.counts);
  console.log(`  HateCheck non-hateful profanity (${profanityNh.n}): labelled troll ${figures.hatecheckProfanityTrollPct}%`, profanityNh.counts);
}
