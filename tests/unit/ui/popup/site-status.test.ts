import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src/settings/schema';
import { siteHost, siteStatus } from '../../../../src/ui/popup/site-status';

describe('Invite Guard on the current site', () => {
  it('works on web pages only', () => {
    expect(siteHost('https://mail.example.org/inbox')).toBe('mail.example.org');
    expect(siteHost('chrome-extension://abc/popup.html')).toBeNull();
    expect(siteHost('about:blank')).toBeNull();
    expect(siteHost(null)).toBeNull();
    expect(siteStatus(DEFAULT_SETTINGS, 'moz-extension://x/popup.html', 0)).toEqual({ kind: 'no-site' });
  });

  it('on, and whether quiet mode is on everywhere', () => {
    expect(siteStatus(DEFAULT_SETTINGS, 'https://mail.example.org/', 0)).toEqual({ kind: 'on', host: 'mail.example.org', quiet: false });
    expect(siteStatus({ ...DEFAULT_SETTINGS, quietMode: true }, 'https://mail.example.org/', 0)).toMatchObject({ quiet: true });
  });

  it('off through the site itself or a parent domain', () => {
    const settings = { ...DEFAULT_SETTINGS, sitesOff: ['example.org'] };
    expect(siteStatus(settings, 'https://mail.example.org/', 0)).toEqual({ kind: 'off', host: 'mail.example.org', entry: 'example.org' });
  });

  it('paused until a time, and on again once it has passed', () => {
    const settings = { ...DEFAULT_SETTINGS, pausedSites: { 'mail.example.org': 1_000 } };
    expect(siteStatus(settings, 'https://mail.example.org/', 500)).toEqual({
      kind: 'paused',
      host: 'mail.example.org',
      entry: 'mail.example.org',
      until: 1_000,
    });
    expect(siteStatus(settings, 'https://mail.example.org/', 1_000)).toMatchObject({ kind: 'on' });
  });
});
