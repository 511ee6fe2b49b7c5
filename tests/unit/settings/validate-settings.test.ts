import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema';
import { validateSettings } from '../../../src/settings/validate-settings';

describe('reading stored settings', () => {
  it('keeps valid values', () => {
    const s = validateSettings({ quietMode: true, pageBadges: 'warnings', trustedServers: [{ host: 'meet.example.org', platform: 'jitsi' }] });
    expect(s).toMatchObject({ quietMode: true, pageBadges: 'warnings', trustedServers: [{ host: 'meet.example.org', platform: 'jitsi' }] });
  });

  it('a corrupt value falls back to its default, and only that one', () => {
    const s = validateSettings({ quietMode: 'yes', pageBadges: 'warnings', trustedServers: [{ host: 'javascript:alert(1)', platform: 'jitsi' }], sitesOff: 7 });
    expect(s.quietMode).toBe(DEFAULT_SETTINGS.quietMode);
    expect(s.trustedServers).toEqual([]);
    expect(s.sitesOff).toEqual([]);
    expect(s.pageBadges).toBe('warnings');
  });

  it('nothing stored gives the defaults', () => {
    expect(validateSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  it('reads the theme, and an unknown theme as "system"', () => {
    expect(validateSettings({ theme: 'dark' }).theme).toBe('dark');
    expect(validateSettings({ theme: 'sepia' }).theme).toBe('system');
  });
});
