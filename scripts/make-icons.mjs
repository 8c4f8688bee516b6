// Renders Keel's toolbar/store icons from the SVG source below into
// public/icon/<size>.png (WXT picks these up automatically).
//
//   node scripts/make-icons.mjs
//
// Uses playwright-core's Chromium driver against Debian's /usr/bin/chromium.
// The mark is a bold white "K" on a deep navy rounded square. Geometry is drawn
// on a 128-unit grid with every vertex on a multiple of 4, so the stem and the
// cut ends land on whole pixels at 32, 96 and 128 px (48 px is nudged, see
// sourceFor); 16 px gets its own pixel-drawn K.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 96, 128];
const NAVY = '#0b3d91';
const WHITE = '#ffffff';

// Main SVG source (viewBox 0 0 128 128), used for 32 px and up.
// The K is one outline, centred: stem x 28..52, y 24..104; both diagonals are
// 32 units wide where they are cut flat at the cap line (y 24) and base line
// (y 104), and meet at the notch (68, 64). Their slope makes them about as
// thick as the stem.
const K_PATH = 'M28 24H52V44L68 24H100L68 64L100 104H68L52 84V104H28Z';

// dx nudges the K sideways (in viewBox units) so the stem lands on whole
// pixels at sizes where 28 / 128 of the width is not a whole pixel (48 px).
const mainSvg = (dx = 0) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect width="128" height="128" rx="26" fill="${NAVY}"/>
  <path fill="${WHITE}" transform="translate(${dx} 0)" d="${K_PATH}"/>
</svg>`;

// Hand-hinted 16 px source (viewBox 0 0 16 16): the same K drawn on whole
// pixels so no edge of the letter is anti-aliased at toolbar size.
//   rows 3-12: stem x 3-5; arms 4 px wide stepping one pixel per row,
//   a 3 px margin on every side.
const K16_ROWS = [
  // [y, x0, x1]: a span of white pixels on row y, x1 exclusive
  [3, 9, 13],
  [4, 8, 12],
  [5, 7, 11],
  [6, 6, 10],
  [7, 6, 9],
  [8, 6, 9],
  [9, 6, 10],
  [10, 7, 11],
  [11, 8, 12],
  [12, 9, 13],
];
const SVG_16 = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">
  <rect width="16" height="16" rx="3" fill="${NAVY}"/>
  <g fill="${WHITE}" shape-rendering="crispEdges">
    <rect x="3" y="3" width="3" height="10"/>
${K16_ROWS.map(([y, x0, x1]) => `    <rect x="${x0}" y="${y}" width="${x1 - x0}" height="1"/>`).join('\n')}
  </g>
</svg>`;

function sourceFor(size) {
  if (size === 16) return SVG_16;
  const unit = 128 / size; // viewBox units per pixel
  const dx = Math.round(28 / unit) * unit - 28;
  return mainSvg(Number(dx.toFixed(4)));
}

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', 'public', 'icon');

async function main() {
  await mkdir(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless=new', '--disable-gpu'],
  });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({
        viewport: { width: size, height: size },
        deviceScaleFactor: 1,
      });
      const svg = sourceFor(size).replace('<svg ', `<svg width="${size}" height="${size}" `);
      await page.setContent(
        `<!doctype html><html><head><style>html,body{margin:0;padding:0;background:transparent}svg{display:block}</style></head><body>${svg}</body></html>`,
      );
      const png = await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      const file = join(outDir, `${size}.png`);
      await writeFile(file, png);
      console.log(`wrote ${file}`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
