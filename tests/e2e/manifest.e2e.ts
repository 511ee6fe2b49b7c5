/**
 * Least privilege, checked on what ships: both built manifests ask only for what the stories
 * need (README.md "Permissions" says why each is there), and nothing that widens the attack
 * surface or lets pages find the extension.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extensionBuildDir } from './harness/extension-build';

const ALLOWED_PERMISSIONS = ['storage', 'contextMenus', 'activeTab'];
const FORBIDDEN_KEYS = ['externally_connectable', 'web_accessible_resources', 'host_permissions', 'optional_host_permissions'];
/** The default extension-page policy plus 'wasm-unsafe-eval', for the bundled QR decoder (MV3 names the pages, MV2 gives the string). */
const POLICY = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';";
const CSP = { 'chrome-mv3': { extension_pages: POLICY }, 'firefox-mv2': POLICY };

const builds = [
  ['chrome-mv3', 3],
  ['firefox-mv2', 2],
] as const;

describe.each(builds)('the %s manifest', (build, manifestVersion) => {
  const manifest = JSON.parse(readFileSync(`${extensionBuildDir(build)}/manifest.json`, 'utf8'));

  it('is the expected manifest version, with name, version and icons', () => {
    expect(manifest.manifest_version).toBe(manifestVersion);
    // Name and description come from _locales, in the browser's language.
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(manifest.default_locale).toBe('en');
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Object.keys(manifest.icons ?? {})).toEqual(expect.arrayContaining(['16', '32', '48', '128']));
  });

  it('asks only for the permissions the stories need', () => {
    const permissions: string[] = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])];
    expect(permissions.filter((p) => !ALLOWED_PERMISSIONS.includes(p))).toEqual([]);
  });

  it('declares no web-accessible resources, external connections or host permissions', () => {
    expect(FORBIDDEN_KEYS.filter((key) => key in manifest)).toEqual([]);
  });

  it('keeps the default content security policy, but for compiling its own WebAssembly', () => {
    // Scripts only from the extension, no eval, no sandboxed pages with a looser policy.
    expect(manifest.content_security_policy).toEqual(CSP[build]);
  });

  if (build === 'firefox-mv2') {
    it('says it collects no data and installs on Firefox for Android', () => {
      const settings = manifest.browser_specific_settings;
      expect(settings.gecko.id).toMatch(/@/);
      expect(settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
      expect(settings.gecko_android).toBeDefined();
    });
  }
});
