import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Keel: everything runs on the device, with no remote code or requests. It has
// no host access at install: each of the business's pages is granted at runtime,
// when the user adds it (optional host permissions), and the content script is
// registered for exactly those hosts.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // KEEL_OUT lets parallel work build into separate folders (tests read the same variable).
  outDir: process.env.KEEL_OUT ?? '.output',
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
    // scripting: register the content script for the granted pages; storage:
    // per-tab state in storage.session; activeTab: the popup may read the
    // address of the tab it opened on, to offer "Watch this page"; notifications:
    // an incident opening is announced even when no Keel page is open.
    permissions: ['scripting', 'storage', 'activeTab', 'notifications'],
    // Asked for one site at a time, never all at once (Firefox MV2: optional_permissions).
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
    action: { default_title: 'Keel' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'keel@keel.local',
              // data_collection_permissions (Keel collects nothing) is read from
              // Firefox 140 (the ESR before 153) and Firefox for Android 142 on.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
