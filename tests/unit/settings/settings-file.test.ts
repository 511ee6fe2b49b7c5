import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/schema';
import { parseSettingsFile, pathText, settingsFileName, settingsFileText } from '../../../src/settings/settings-file';

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  trustedServers: [
    { host: 'meet.example.org', platform: 'jitsi' },
    { host: 'xn--bcher-kva.example', platform: 'bigbluebutton' },
  ],
  pageBadges: 'warnings',
  sitesOff: ['mail.example.org'],
  theme: 'dark',
};
const NOW = new Date('2026-11-28T10:00:00Z');

const problemsOf = (value: unknown) => {
  const parsed = parseSettingsFile(typeof value === 'string' ? value : JSON.stringify(value));
  return parsed.ok ? [] : parsed.problems;
};

describe('the settings file', () => {
  it('is versioned and reads back exactly what was written', () => {
    const text = settingsFileText(settings, NOW);
    expect(JSON.parse(text)).toMatchObject({ format: 'invite-guard-settings', version: 1, exported: '2026-11-28T10:00:00.000Z' });
    const parsed = parseSettingsFile(text);
    expect(parsed.ok && parsed.file.settings).toEqual(settings);
    expect(settingsFileName(NOW)).toBe('invite-guard-settings-2026-11-28.json');
  });

  it('may carry only some settings (a group sharing its servers)', () => {
    const parsed = parseSettingsFile(JSON.stringify({ format: 'invite-guard-settings', version: 1, settings: { trustedServers: [{ host: 'meet.example.org', platform: 'jitsi' }] } }));
    expect(parsed.ok && parsed.file.settings).toEqual({ trustedServers: [{ host: 'meet.example.org', platform: 'jitsi' }] });
  });

  it('says what is wrong and where', () => {
    const file = JSON.parse(settingsFileText(settings, NOW));
    file.settings.trustedServers[1].host = 'javascript:alert(1)';
    file.settings.trustedServers.push({ host: 'meet.example.net', platform: 'zoom' });
    file.settings.quietMode = 'yes';
    file.settings.colour = 'red';
    const problems = problemsOf(file);
    expect(problems).toContainEqual({ path: 'settings.trustedServers[1].host', message: expect.stringMatching(/host name/) });
    expect(problems).toContainEqual({ path: 'settings.trustedServers[2].platform', message: 'should be "jitsi" or "bigbluebutton"' });
    expect(problems).toContainEqual({ path: 'settings.quietMode', message: 'should be true or false' });
    expect(problems).toContainEqual({ path: 'settings', message: expect.stringMatching(/colour/) });
  });

  it('refuses what is not a settings file', () => {
    expect(problemsOf('{not json')).toEqual([{ path: '', message: expect.stringMatching(/not JSON/) }]);
    expect(problemsOf([1, 2])[0]?.path).toBe('');
    expect(problemsOf({ format: 'something-else', version: 1, settings: {} })).toContainEqual({ path: 'format', message: 'should be "invite-guard-settings"' });
    expect(problemsOf({ format: 'invite-guard-settings', version: 1 })).toContainEqual({ path: 'settings', message: 'is missing' });
  });

  it('tells a file from a newer version apart', () => {
    expect(problemsOf({ format: 'invite-guard-settings', version: 2, settings: {} })).toEqual([{ path: 'version', message: expect.stringMatching(/newer Invite Guard/) }]);
  });

  it('refuses huge files before parsing them', () => {
    expect(problemsOf(' '.repeat(1_000_001))[0]?.message).toMatch(/too large/);
  });

  it('writes paths the way people read them', () => {
    expect(pathText(['settings', 'trustedServers', 2, 'host'])).toBe('settings.trustedServers[2].host');
    expect(pathText([])).toBe('');
    expect(pathText(['settings', 'pausedSites', 'news.example.org'])).toBe('settings.pausedSites["news.example.org"]');
  });
});
