import { describe, expect, it } from 'vitest';
import {
  activePauses,
  PAUSE_MS,
  withoutPause,
  withoutSite,
  withoutTrustedServer,
  withPause,
  withSite,
  withTrustedServer,
} from '../../../src/settings/setting-changes';

describe('setting changes', () => {
  const jitsi = { host: 'meet.example.org', platform: 'jitsi' } as const;

  it('adds a trusted server once, and returns the same list when nothing changes', () => {
    const one = withTrustedServer([], jitsi);
    expect(one).toEqual([jitsi]);
    expect(withTrustedServer(one, { host: 'meet.example.org', platform: 'bigbluebutton' })).toBe(one);
    expect(withoutTrustedServer(one, 'other.example.org')).toBe(one);
    expect(withoutTrustedServer(one, 'meet.example.org')).toEqual([]);
  });

  it('adds and removes sites without duplicates', () => {
    const sites = withSite([], 'mail.example.org');
    expect(withSite(sites, 'mail.example.org')).toBe(sites);
    expect(withoutSite(sites, 'mail.example.org')).toEqual([]);
  });

  it('pauses for an hour and forgets pauses that have ended', () => {
    const paused = withPause({ 'old.example.org': 5 }, 'news.example.org', 10);
    expect(paused).toEqual({ 'news.example.org': 10 + PAUSE_MS });
    expect(activePauses(paused, 10 + PAUSE_MS)).toEqual({});
    expect(withoutPause(paused, 'news.example.org', 20)).toEqual({});
  });
});
