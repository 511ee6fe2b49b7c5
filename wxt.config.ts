import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The content script must also run on the e2e fixture server (http://127.0.0.1); production
// builds match every page anyway, so one list serves both.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Invite Guard',
    description: 'Marks meeting and chat invite links with how safe the platform is. Works offline; sends nothing.',
    permissions: ['storage'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'invite-guard@invite-guard.org',
          strict_min_version: '128.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: {},
      },
    }),
  }),
});
