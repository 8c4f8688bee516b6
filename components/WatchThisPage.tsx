import { useState } from 'preact/hooks';
import type { Pack } from '@/utils/packs/schema';
import { pageTarget } from '@/utils/pages';
import { type Status, StatusLine } from './StatusLine';
import { watchPage } from './watch-page';

/** On a site Keel can read but a page not on the list: offer to add it, saying exactly what that covers. */
export function WatchThisPage({ url, packs }: { url: string; packs: readonly Pack[] }) {
  const [status, setStatus] = useState<Status>(null);
  const target = pageTarget(url, packs);
  return (
    <section class="notice" aria-labelledby="watch-h">
      <strong id="watch-h">This page is not on your list.</strong>
      {target.ok ? (
        <>
          <p>Keel reads only your business’s own pages. If this is yours, add it: Keel will read {target.target.covers}.</p>
          <div class="row">
            <button
              type="button"
              class="copy"
              onClick={async () => {
                const result = await watchPage(url, packs);
                setStatus(result.ok ? { kind: 'ok', text: 'Added. Keel is reading the page now.' } : { kind: 'bad', text: result.error });
              }}
            >
              Watch this page
            </button>
          </div>
        </>
      ) : (
        <p>{target.error}</p>
      )}
      <StatusLine status={status} block />
    </section>
  );
}
