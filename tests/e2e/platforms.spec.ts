/**
 * Every platform in a real Chromium: each fixture is served at a real address
 * of its platform, the page is added as the business's own, and Keel must put
 * a chip exactly where its adapter says each item is (one per item shown) and
 * nowhere else. The expected places are computed from the same fixture outside
 * the browser (happy-dom, scripts not run): the path of every chip, as element
 * indexes from <html>, must match.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { Window } from 'happy-dom';
import { watchPages } from '../../scripts/browser';
import { adapterFor } from '../../utils/adapters';
import { pageTarget } from '../../utils/pages';
import { expect, FIXTURES, test, waitForKeelIdle } from './extension';

test.use({ pages: [] });

const CASES: Record<string, Array<[file: string, url: string]>> = {
  facebook: [
    ['facebook/page-post.html', 'https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9'],
    ['facebook/permalink-view.html', 'https://web.facebook.com/HarboursideDental/posts/pfbid0Perma?comment_id=2001'],
  ],
  'google-maps': [
    ['google-maps/reviews-pane.html', 'https://www.google.com/maps/place/Harbourside+Dental/@-33.86,151.2,17z/data=!4m8!3m7'],
    ['google-maps/reviews-pane-de.html', 'https://www.google.com/maps/place/Harbourside+Dental/@-33.86,151.2,17z?hl=de'],
    ['google-maps/hotel-reviews.html', 'https://www.google.com/maps/place/Harbourside+Hotel/@-33.86,151.2,17z'],
    ['google-maps/reviews-pane-renamed.html', 'https://www.google.com/maps/place/Larkspur+Physiotherapy/@51.5,-0.1,17z/data=!4m8!3m7!9m1!1b1'],
    ['google-maps/reviews-pane-2021.html', 'https://www.google.com/maps/place/Himawari/@35.66,139.7,17z?hl=ja'],
  ],
  instagram: [
    ['instagram/post-page.html', 'https://www.instagram.com/p/DQx7Lm2kR4e/'],
    ['instagram/profile-modal.html', 'https://www.instagram.com/p/CzQ3mN8rT1a/'],
    ['instagram/reel-de.html', 'https://www.instagram.com/reel/C9kLm2xPq7R/'],
    ['instagram/post-2025-columns.html', 'https://www.instagram.com/p/DJq2Lm8vX0a/'],
  ],
  x: [
    ['x/conversation.html', 'https://x.com/harbourside/status/1988000000000000100'],
    ['x/twitter-composer.html', 'https://twitter.com/harbourside/status/1988000000000000200'],
    ['x/thread.html', 'https://x.com/larkspurphysio/status/1990000000000000100'],
    ['x/twitter-2022-thread.html', 'https://twitter.com/harbourbikes/status/1551000000000000001'],
  ],
  youtube: [
    ['youtube/view-model.html', 'https://www.youtube.com/watch?v=Bw7kQ2xLm9A'],
    ['youtube/comment-renderer.html', 'https://www.youtube.com/watch?v=Qz3fT8wLp0s'],
    ['youtube/view-model-owner.html', 'https://www.youtube.com/watch?v=Hy7nLm3KqP0'],
    ['youtube/comment-renderer-owner.html', 'https://www.youtube.com/watch?v=Rt6wPq2ZcH4'],
  ],
  yelp: [
    ['yelp/biz-2023.html', 'https://www.yelp.com/biz/harbor-noodle-house-oakland'],
    ['yelp/biz-legacy.html', 'https://www.yelp.com/biz/harbor-noodle-house-oakland?osq=noodles'],
    ['yelp/biz-de.html', 'https://www.yelp.de/biz/hafen-nudelhaus-berlin'],
    ['yelp/biz-de-2023.html', 'https://www.yelp.de/biz/praxis-dr-brandt-hamburg'],
    ['yelp/biz-fr-2024.html', 'https://www.yelp.fr/biz/boulangerie-du-canal-paris'],
    ['yelp/biz-en-2024.html', 'https://www.yelp.com/biz/tidewater-bike-repair-portland'],
    // The reviews Yelp does not recommend: the business page's (the same cards).
    ['yelp/biz-legacy.html', 'https://www.yelp.com/not_recommended_reviews/harbor-noodle-house-oakland'],
  ],
  tiktok: [
    ['tiktok/video-page.html', 'https://www.tiktok.com/@harbourside/video/7300000000000000001'],
    ['tiktok/browse-2023.html', 'https://www.tiktok.com/@harbourside/video/7200000000000000001'],
    ['tiktok/photo-de.html', 'https://www.tiktok.com/@harbourside/photo/7400000000000000001?lang=de-DE'],
    ['tiktok/dates-2023.html', 'https://www.tiktok.com/@harbourside/video/7302500000000000001'],
  ],
  trustpilot: [
    ['trustpilot/review-page.html', 'https://www.trustpilot.com/review/harbourline-furniture.example'],
    ['trustpilot/review-page-fr.html', 'https://fr.trustpilot.com/review/harbourline-furniture.example'],
    ['trustpilot/replies-2025.html', 'https://uk.trustpilot.com/review/brightwater-opticians.example'],
    ['trustpilot/truncated.html', 'https://de.trustpilot.com/review/zahnwerk-linden.example'],
  ],
};

const HIDDEN = '[hidden], [aria-hidden="true"]';

/** Element indexes from <html> down to `el`. */
function pathOf(el: Element): string {
  const steps: number[] = [];
  for (let at: Element | null = el; at?.parentElement; at = at.parentElement) {
    steps.unshift([...at.parentElement.children].indexOf(at));
  }
  return steps.join('/');
}

/** Where Keel should put chips on `file` at `url`, and the page (account) to add for it. */
function expected(file: string, url: string): { chips: string[]; items: number; page: string } {
  const adapter = adapterFor(url);
  if (!adapter) throw new Error(`no adapter for ${url}`);
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  try {
    const doc = new window.DOMParser().parseFromString(fs.readFileSync(path.join(FIXTURES, file), 'utf8'), 'text/html') as unknown as Document;
    const shown = adapter.findItems(doc).filter((el) => adapter.read(el) !== null && !el.closest(HIDDEN));
    const markers = shown.map((el) => {
      const { node, where } = adapter.anchor(el);
      const marker = doc.createElement('keel-chip');
      node.insertAdjacentElement(where, marker);
      return marker;
    });
    const target = pageTarget(url);
    const owner = adapter.owner?.(doc) ?? null;
    const page = target.ok ? target.target.url : owner;
    if (!page) throw new Error(`no page for ${url}`);
    return { chips: markers.map(pathOf).sort(), items: shown.length, page };
  } finally {
    void window.happyDOM.close();
  }
}

async function chipPaths(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pathOf = (el: Element) => {
      const steps: number[] = [];
      for (let at: Element | null = el; at?.parentElement; at = at.parentElement) steps.unshift([...at.parentElement.children].indexOf(at));
      return steps.join('/');
    };
    return [...document.querySelectorAll('keel-chip')].map(pathOf).sort();
  });
}

for (const [platform, cases] of Object.entries(CASES)) {
  test(`${platform}: a chip on every item of every fixture, and nowhere else`, async ({ context, extensionId }) => {
    const plans = cases.map(([file, url]) => ({ file, url, ...expected(file, url) }));
    await watchPages(context, extensionId, [...new Set(plans.map((p) => p.page))]);
    for (const plan of plans) {
      expect(plan.items, `${plan.file} has items`).toBeGreaterThan(0);
      const body = fs.readFileSync(path.join(FIXTURES, plan.file), 'utf8');
      await context.route(plan.url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
      const page = await context.newPage();
      await page.goto(plan.url);
      await waitForKeelIdle(page, 1);
      await expect.poll(() => chipPaths(page), { message: plan.file }).toEqual(plan.chips);
      await page.screenshot({ path: `test-results/screens/platform-${plan.file.replace(/[/.]/g, '-')}.png`, fullPage: true });
      await page.close();
    }
  });
}
