import { fakeBrowser } from './fake-extension';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineSettingItem } from '../../../src/settings/items';
import { SETTING_MIGRATIONS } from '../../../src/settings/migrations';
import { readSettings } from '../../../src/settings/read-settings';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema';
import { SETTING_KEYS } from '../../../src/settings/validate-settings';

beforeEach(() => fakeBrowser.reset());

describe('setting migrations', () => {
  it('a value stored by an older version is migrated on first read, and its version recorded', async () => {
    // As if version 1 had stored trusted servers as bare host names.
    await fakeBrowser.storage.local.set({ trustedServers: ['meet.example.org'], trustedServers$: { v: 1 } });
    const item = defineSettingItem('trustedServers', {
      version: 2,
      migrations: { 2: (old) => (old as string[]).map((host) => ({ host, platform: 'jitsi' })) },
    });
    expect(await item.getValue()).toEqual([{ host: 'meet.example.org', platform: 'jitsi' }]);
    expect(await fakeBrowser.storage.local.get(['trustedServers', 'trustedServers$'])).toEqual({
      trustedServers: [{ host: 'meet.example.org', platform: 'jitsi' }],
      trustedServers$: { v: 2 },
    });
  });

  it('runs every missing step in order', async () => {
    await fakeBrowser.storage.local.set({ theme: 'dim' });
    const item = defineSettingItem('theme', { version: 3, migrations: { 2: (old) => `${String(old)}>2`, 3: (old) => `${String(old)}>3` } });
    expect(await item.getValue()).toBe('dim>2>3');
  });

  it('a step that throws leaves the value, and reading still falls back to the default for that setting only', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // WXT logs the failed step
    await fakeBrowser.storage.local.set({ pageBadges: 'warnings', quietMode: 'garbage' });
    const item = defineSettingItem('quietMode', {
      version: 2,
      migrations: {
        2: () => {
          throw new Error('cannot read that');
        },
      },
    });
    expect(await item.getValue()).toBe('garbage');
    const settings = await readSettings();
    expect(settings.quietMode).toBe(DEFAULT_SETTINGS.quietMode);
    expect(settings.pageBadges).toBe('warnings');
  });

  it('every setting has a plan, with a step for each version after 1', () => {
    expect(Object.keys(SETTING_MIGRATIONS).sort()).toEqual([...SETTING_KEYS].sort());
    for (const plan of Object.values(SETTING_MIGRATIONS)) {
      for (let v = 2; v <= plan.version; v++) expect(typeof plan.migrations[v]).toBe('function');
    }
  });
});
