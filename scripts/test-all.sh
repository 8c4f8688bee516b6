#!/usr/bin/env bash
# Runs every test tier (unit + adapter fixtures in Vitest, then end-to-end in
# Debian's Chromium with the built extension) and prints one closing line
# "N passed, N failed" with the totals of both runners.
set -uo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)

echo "== build (Chrome MV3) =="
npx wxt build || { echo "0 passed, 1 failed"; exit 1; }

# For tests/e2e/firefox.spec.ts (web-ext lint, and the smoke test in Firefox ESR).
echo "== build (Firefox MV2) =="
npx wxt build -b firefox || { echo "0 passed, 1 failed"; exit 1; }

echo "== unit and adapter tests (Vitest) =="
npx vitest run --reporter=default --reporter=json --outputFile.json="$out/vitest.json"
unit=$?

echo "== end-to-end tests (Playwright, Chromium) =="
KEEL_PW_JSON="$out/playwright.json" npx playwright test
e2e=$?

node scripts/test-summary.mjs "$out/vitest.json" "$out/playwright.json"
summary=$?
rm -rf "$out"
[ "$unit" -eq 0 ] && [ "$e2e" -eq 0 ] && [ "$summary" -eq 0 ]
