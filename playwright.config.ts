import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  // One browser at a time: each test starts its own Chromium with the extension.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.KEEL_PW_JSON
    ? [['list'], ['json', { outputFile: process.env.KEEL_PW_JSON }]]
    : [['list']],
  use: { trace: 'retain-on-failure' },
  // Parallel runs (KEEL_OUT) keep their own results: Playwright empties this folder at the start.
  outputDir: process.env.KEEL_OUT ? `${process.env.KEEL_OUT}/test-results` : 'test-results',
});
