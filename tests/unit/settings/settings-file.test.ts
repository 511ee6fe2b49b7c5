import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/schema';
import { withoutIsolates } from '../../../src/i18n/t';
import { fileProblemText, parseSettingsFile, pathText, settingsFileName, settingsFileText, type FileProblem } from '../../../src/settings/settings-file';

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
/** A problem as the person reads it in English, without the left-to-right marks. */
const words = (p: FileProblem | undefined) => (p ? withoutIsolates(fileProblemText(p)) : '');

describe('the settings file', () => {
  it('is versioned and reads back exactly what was written', () => {
    const text = settingsFileText(settings, NOW);
    expect(JSON.parse(text)).toMatchObject({ format: 'invite-guard-settings', version: 1, exported: '2026-11-28T10:00:00.000Z' });
    const parsed = parseSettingsFile(text);
    expect(parsed.ok && parsed.file.settings).toEqual(settings);
    expect(settingsFileName(NOW)).toBe('invite-guard-settings-2026-11-28.json');
  });

  it('may carry only some settings (a group sharing its servers)', () => {
    const parsed = parseSettingsFile(
      JSON.stringify({ format: 'invite-guard-settings', version: 1, settings: { trustedServers: [{ host: 'meet.example.org', platform: 'jitsi' }] } }),
    );
    expect(parsed.ok && parsed.file.settings).toEqual({ trustedServers: [{ host: 'meet.example.org', platform: 'jitsi' }] });
  });

  it('says what is wrong and where', () => {
    const file = JSON.parse(settingsFileText(settings, NOW));
    file.settings.trustedServers[1].host = 'javascript:alert(1)';
    file.settings.trustedServers.push({ host: 'meet.example.net', platform: 'zoom' });
    file.settings.quietMode = 'yes';
    file.settings.colour = 'red';
    const problems = problemsOf(file);
    expect(problems).toContainEqual({ path: 'settings.trustedServers[1].host', kind: 'not-host-name' });
    expect(problems).toContainEqual({ path: 'settings.trustedServers[2].platform', kind: 'not-one-of', allowed: ['"jitsi"', '"bigbluebutton"'] });
    expect(problems).toContainEqual({ path: 'settings.quietMode', kind: 'not-boolean' });
    expect(problems).toContainEqual({ path: 'settings.colour', kind: 'unknown-field' });
    const said = problems.map(words);
    expect(said).toContain('settings.trustedServers[1].host should be a host name in lowercase, such as meet.example.org (Unicode names as punycode, xn--…)');
    expect(said).toContain('settings.trustedServers[2].platform should be "jitsi" or "bigbluebutton"');
    expect(said).toContain('settings.quietMode should be true or false');
    expect(said).toContain('Invite Guard does not know settings.colour');
  });

  it('names each kind of problem in words of its own, never zod’s', () => {
    const file = {
      format: 'invite-guard-settings',
      version: 1,
      settings: { pageBadges: 'loud', sitesOff: 'x', pausedSites: { 'Bad Host': 1, 'a.example': 'soon' }, theme: 3 },
    };
    const problems = problemsOf(file);
    expect(problems).toContainEqual({ path: 'settings.pageBadges', kind: 'not-one-of', allowed: ['"all"', '"warnings"', '"none"'] });
    expect(problems).toContainEqual({ path: 'settings.sitesOff', kind: 'not-list' });
    expect(problems).toContainEqual({ path: 'settings.pausedSites["Bad Host"]', kind: 'key-not-host-name' });
    expect(problems).toContainEqual({ path: 'settings.pausedSites["a.example"]', kind: 'not-number' });
    expect(words(problems.find((p) => p.kind === 'not-one-of'))).toBe('settings.pageBadges should be "all", "warnings", or "none"');
    expect(problemsOf({ format: 'invite-guard-settings', version: 1, settings: { pausedSites: [] } })).toEqual([
      { path: 'settings.pausedSites', kind: 'not-object' },
    ]);
    const many = problemsOf({ format: 'invite-guard-settings', version: 1, settings: { sitesOff: Array(5001).fill('a.example') } });
    expect(many).toEqual([{ path: 'settings.sitesOff', kind: 'too-many', maximum: 5000 }]);
    expect(words(many[0])).toBe('settings.sitesOff has too many entries (at most 5,000)');
  });

  it('refuses what is not a settings file', () => {
    expect(problemsOf('{not json')).toEqual([{ path: '', kind: 'not-json' }]);
    expect(words(problemsOf('{not json')[0])).toMatch(/not JSON/);
    expect(problemsOf([1, 2])).toEqual([{ path: '', kind: 'not-settings-file' }]);
    expect(problemsOf(null)).toEqual([{ path: '', kind: 'not-settings-file' }]);
    expect(problemsOf({ format: 'something-else', version: 1, settings: {} })).toContainEqual({
      path: 'format',
      kind: 'not-one-of',
      allowed: ['"invite-guard-settings"'],
    });
    expect(words(problemsOf({ format: 'something-else', version: 1, settings: {} })[0])).toBe('format should be "invite-guard-settings"');
    expect(problemsOf({ format: 'invite-guard-settings', version: 1 })).toContainEqual({ path: 'settings', kind: 'missing' });
    expect(problemsOf({ format: 'invite-guard-settings', version: 1, settings: {}, extra: 1 })).toEqual([{ path: 'extra', kind: 'unknown-field' }]);
  });

  it('tells a file from a newer version apart', () => {
    const problems = problemsOf({ format: 'invite-guard-settings', version: 2, settings: {} });
    expect(problems).toEqual([{ path: 'version', kind: 'newer-version', version: 2 }]);
    expect(words(problems[0])).toMatch(/^version is 2: .*newer Invite Guard/);
  });

  it('refuses huge files before parsing them', () => {
    expect(problemsOf(' '.repeat(1_000_001))).toEqual([{ path: '', kind: 'too-large' }]);
    expect(words(problemsOf(' '.repeat(1_000_001))[0])).toMatch(/too large/);
  });

  it('writes paths the way people read them', () => {
    expect(pathText(['settings', 'trustedServers', 2, 'host'])).toBe('settings.trustedServers[2].host');
    expect(pathText([])).toBe('');
    expect(pathText(['settings', 'pausedSites', 'news.example.org'])).toBe('settings.pausedSites["news.example.org"]');
  });
});
