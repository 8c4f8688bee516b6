import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Keel: everything runs on the device. No host permissions beyond the pages the
// content script is registered for, and no remote code or requests.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: 'Keel',
    description:
      'Calm, on-device moderation for your business’s own social pages: tells trolls from real patients, threats from complaints.',
    permissions: [],
    // The same pages the content script reads, and no others: lets the popup
    // see which of them the active tab shows.
    host_permissions: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://facebook.com/*'],
    action: { default_title: 'Keel' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'keel@keel.local',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
