import { fakeBrowser } from './fake-extension';
import { beforeEach, describe, expect, it } from 'vitest';
import { readSettings, watchSettings } from '../../../src/settings/read-settings';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema';
import {
  pauseOnSite,
  resumeOnSite,
  trustServer,
  turnOffOnSite,
  turnOnOnSite,
  untrustServer,
  writeChangedSettings,
  writeSetting,
} from '../../../src/settings/write-settings';

beforeEach(() => fakeBrowser.reset());

const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

describe('settings in storage.local', () => {
  it('nothing stored reads as the defaults', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('a corrupt value costs only its own setting', async () => {
    await fakeBrowser.storage.local.set({ trustedServers: 'garbage', pageBadges: 'none', sitesOff: ['mail.example.org'], theme: 'purple' });
    const settings = await readSettings();
    expect(settings.trustedServers).toEqual([]);
    expect(settings.theme).toBe('system');
    expect(settings.pageBadges).toBe('none');
    expect(settings.sitesOff).toEqual(['mail.example.org']);
  });

  it('trusting a server replaces a corrupt list instead of merging into it', async () => {
    await fakeBrowser.storage.local.set({ trustedServers: 'garbage' });
    await trustServer({ host: 'meet.example.org', platform: 'jitsi' });
    expect(await stored('trustedServers')).toEqual([{ host: 'meet.example.org', platform: 'jitsi' }]);
  });

  it('trusts and untrusts servers under the raw key the background reads', async () => {
    await trustServer({ host: 'meet.example.org', platform: 'jitsi' });
    await trustServer({ host: 'bbb.example.org', platform: 'bigbluebutton' });
    await trustServer({ host: 'meet.example.org', platform: 'jitsi' });
    expect(await stored('trustedServers')).toEqual([
      { host: 'meet.example.org', platform: 'jitsi' },
      { host: 'bbb.example.org', platform: 'bigbluebutton' },
    ]);
    await untrustServer('meet.example.org');
    expect(await stored('trustedServers')).toEqual([{ host: 'bbb.example.org', platform: 'bigbluebutton' }]);
  });

  it('turns a site off and on, pauses and resumes it', async () => {
    await turnOffOnSite('mail.example.org');
    expect(await stored('sitesOff')).toEqual(['mail.example.org']);
    await turnOnOnSite('mail.example.org');
    expect(await stored('sitesOff')).toEqual([]);
    await pauseOnSite('news.example.org', 1_000);
    expect(await stored('pausedSites')).toEqual({ 'news.example.org': 1_000 + 3_600_000 });
    await resumeOnSite('news.example.org', 2_000);
    expect(await stored('pausedSites')).toEqual({});
  });

  it('watchers hear every change (the background relays them to open tabs)', async () => {
    let calls = 0;
    const unwatch = watchSettings(() => calls++);
    await writeSetting('theme', 'dark');
    await writeSetting('quietMode', true);
    unwatch();
    expect(calls).toBe(2);
    expect(await stored('theme')).toBe('dark');
  });

  it('an import writes only the settings that change', async () => {
    const current = await readSettings();
    let calls = 0;
    const unwatch = watchSettings(() => calls++);
    await writeChangedSettings(current, { ...current, warnOnAvoid: true });
    unwatch();
    expect(calls).toBe(1);
    expect(await stored('warnOnAvoid')).toBe(true);
    expect(await stored('trustedServers')).toBeUndefined();
  });
});
