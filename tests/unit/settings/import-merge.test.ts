import { describe, expect, it } from 'vitest';
import { planImport } from '../../../src/settings/import-merge';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/schema';

const current: Settings = {
  ...DEFAULT_SETTINGS,
  trustedServers: [{ host: 'meet.example.org', platform: 'jitsi' }],
  sitesOff: ['mail.example.org'],
  pausedSites: { 'news.example.org': 5_000, 'old.example.org': 10 },
};

describe('importing settings', () => {
  it('merges trusted servers and sites: adds, never removes', () => {
    const { next, changes } = planImport(
      current,
      { trustedServers: [{ host: 'bbb.example.org', platform: 'bigbluebutton' }], sitesOff: ['forum.example.org', 'mail.example.org'] },
      100,
    );
    expect(next.trustedServers).toEqual([
      { host: 'meet.example.org', platform: 'jitsi' },
      { host: 'bbb.example.org', platform: 'bigbluebutton' },
    ]);
    expect(next.sitesOff).toEqual(['mail.example.org', 'forum.example.org']);
    expect(changes).toEqual([
      { kind: 'trust-server', server: { host: 'bbb.example.org', platform: 'bigbluebutton' } },
      { kind: 'site-off', host: 'forum.example.org' },
    ]);
  });

  it('an empty file changes nothing', () => {
    const { next, changes } = planImport(current, {}, 100);
    expect(changes).toEqual([]);
    expect(next.trustedServers).toEqual(current.trustedServers);
  });

  it('keeps a server already trusted under another platform, and says so', () => {
    const { next, changes } = planImport(current, { trustedServers: [{ host: 'meet.example.org', platform: 'bigbluebutton' }] }, 100);
    expect(next.trustedServers).toEqual(current.trustedServers);
    expect(changes).toEqual([{ kind: 'keep-server', host: 'meet.example.org', current: 'jitsi', inFile: 'bigbluebutton' }]);
  });

  it('takes single choices from the file', () => {
    const { next, changes } = planImport(current, { pageBadges: 'none', quietMode: false, theme: 'dark' }, 100);
    expect(next.pageBadges).toBe('none');
    expect(next.theme).toBe('dark');
    expect(changes).toEqual([
      { kind: 'choice', key: 'pageBadges', from: 'all', to: 'none' },
      { kind: 'choice', key: 'theme', from: 'system', to: 'dark' },
    ]);
  });

  it('keeps the later of two pauses and drops pauses that have ended', () => {
    const { next, changes } = planImport(current, { pausedSites: { 'news.example.org': 9_000, 'gone.example.org': 50 } }, 100);
    expect(next.pausedSites).toEqual({ 'news.example.org': 9_000 });
    expect(changes).toEqual([{ kind: 'pause', host: 'news.example.org', until: 9_000 }]);
  });

  it('does not change the current settings object', () => {
    planImport(current, { trustedServers: [{ host: 'x.example.org', platform: 'jitsi' }], sitesOff: ['y.example.org'] }, 100);
    expect(current.trustedServers).toHaveLength(1);
    expect(current.sitesOff).toHaveLength(1);
  });
});
