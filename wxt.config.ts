import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { readCatalogueFiles } from './src/catalogue/read-files';
import { validateCatalogue } from './src/catalogue/validate';

/** The extension pages' content security policy (MV3 names it `extension_pages`, MV2 gives the string). */
const EXTENSION_PAGES_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';";

/** A broken catalogue fails the build, naming the file and the field. */
function assertCatalogueValid(): void {
  const { files, errors } = readCatalogueFiles(fileURLToPath(new URL('./data', import.meta.url)));
  const result = validateCatalogue(files);
  const all = [...errors, ...(result.ok ? [] : result.errors)];
  if (all.length) throw new Error(`The catalogue is broken:\n  ${all.join('\n  ')}`);
}

// The content script must also run on the e2e fixture server (http://127.0.0.1); production
// builds match every page anyway, so one list serves both.
export default defineConfig({
  imports: false,
  hooks: { 'build:before': assertCatalogueValid },
  // No polyfill module: it would route the content script's `browser` through ~10 KB of polyfill.
  // Nothing imports webextension-polyfill: every page uses WXT's own `browser` (README, "Why no
  // webextension-polyfill").
  vite: () => ({
    plugins: [preact()],
    resolve: {
      alias: {
        // WXT's own context announces every content-script start to the page (postMessage and
        // a DOM event named after the extension id), in quiet mode too: ours says nothing.
        'wxt/utils/content-script-context': fileURLToPath(new URL('./src/page/quiet-content-script-context.ts', import.meta.url)),
      },
    },
    // Preact in a chunk of its own name, so the addons-linter allowlist can name it.
    build: { rollupOptions: { output: { advancedChunks: { groups: [{ name: 'preact', test: /node_modules[\\/]preact[\\/]/ }] } } } },
  }),
  // The Firefox sources archive: what a reviewer needs to rebuild the add-on, nothing local.
  zip: { excludeSources: ['demo-output/**', 'dist/**', 'tests/e2e/artifacts/**', '**/*.log'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    default_locale: 'en',
    description: '__MSG_extDescription__',
    // Each permission is explained in README.md ("Permissions").
    permissions: ['storage', 'contextMenus', 'activeTab'],
    // What an organisation may set through Chrome's "3rdparty" extension policy (README,
    // "Organisation policy"). Firefox reads policies.json's "3rdparty.Extensions" without a schema.
    ...(browser !== 'firefox' && { storage: { managed_schema: 'managed-schema.json' } }),
    // The browsers' default policy with one word more: 'wasm-unsafe-eval' lets the popup compile
    // the QR decoder shipped in the extension (WebAssembly). Scripts still come only from the
    // extension itself, and JavaScript eval stays forbidden. Firefox's MV2 pages allow
    // WebAssembly today without it; naming it keeps that when Firefox enforces the word.
    // (SECURITY.md, "No remote code".)
    content_security_policy: browser === 'firefox' ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'invite-guard@invite-guard.org',
          // data_collection_permissions needs Firefox 140 (desktop) and 142 (Android).
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
