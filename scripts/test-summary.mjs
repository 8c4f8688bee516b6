// Adds up Vitest's and Playwright's JSON reports into the one closing line the
// CI reads: "N passed, N failed" (", N skipped" when any were skipped).
import fs from 'node:fs';

const [vitestFile, playwrightFile] = process.argv.slice(2);
const read = (file) => (file && fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null);

let passed = 0;
let failed = 0;
let skipped = 0;

const vitest = read(vitestFile);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
} else {
  failed += 1;
  console.error('No Vitest report: the unit tier did not run.');
}

const playwright = read(playwrightFile);
if (playwright) {
  const s = playwright.stats;
  passed += s.expected + s.flaky;
  failed += s.unexpected;
  skipped += s.skipped;
} else {
  failed += 1;
  console.error('No Playwright report: the end-to-end tier did not run.');
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
