import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** For a site Keel has no adapter for: make a selector pack by clicking one comment on the page. */
export function PickComment({ tabId }: { tabId: number }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <div class="row">
      <button
        type="button"
        class="secondary"
        onClick={async () => {
          try {
            // The popup's activeTab grant lets Keel into this tab, once, for this.
            await browser.scripting.executeScript({ target: { tabId }, files: ['/picker.js'] });
            window.close();
          } catch (err) {
            setError(`Keel cannot reach this tab: ${err instanceof Error ? err.message : String(err)}`);
          }
        }}
      >
        Make a selector pack: pick a comment here
      </button>
      {error ? (
        <p role="alert" class="status bad">
          {error}
        </p>
      ) : null}
    </div>
  );
}
