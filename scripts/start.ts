// `npm start`: opens Chromium with Keel loaded on the bundled demo page, a
// made-up Facebook post under a pile-on. No account and no network: the
// facebook.com address is answered from scripts/demo/ on this machine.
import { demoFile, launchWithKeel, serveFacebook } from './browser';

const DEMO_URL = 'https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9';
const headless = process.argv.includes('--headless');

const { context, extensionId } = await launchWithKeel({ headless });
await serveFacebook(context, demoFile('pile-on.html'), {
  'fb-markup.js': ['text/javascript; charset=utf-8', demoFile('fb-markup.js')],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(DEMO_URL);

console.log(`
Keel is running on the demo page: ${DEMO_URL}
  - Chips appear beside each comment as it arrives (for about a minute).
  - Click a chip to see why Keel labelled it.
  - Open the popup from the toolbar's puzzle-piece menu (pin Keel there), or in a tab:
      chrome-extension://${extensionId}/popup.html
Close the browser window (or press Ctrl+C here) to stop.
`);

if (headless) {
  // For machines without a display: take a picture once the pile-on has begun.
  await page.waitForFunction(() => document.querySelectorAll('[role="article"][aria-label]').length > 8);
  await page.screenshot({ path: 'demo.png', fullPage: true });
  console.log('Headless run: wrote demo.png');
  await context.close();
} else {
  await new Promise((resolve) => context.on('close', resolve));
}
