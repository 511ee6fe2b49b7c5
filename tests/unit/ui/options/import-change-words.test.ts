import { describe, expect, it } from 'vitest';
import { t } from '../../../../src/i18n/t';
import type { ImportChange } from '../../../../src/settings/import-merge';
import { unicodeHost } from '../../../../src/ui/shared/host-input';
import { importChangeWords } from '../../../../src/ui/options/import-change-words';

const time = (ms: number) => `t${ms}`;

/** The change as its <li> reads: a host as <HostName> shows it, both forms when they differ. */
const text = (change: ImportChange) => {
  const { key, parts } = importChangeWords(change, time);
  return t(
    key,
    parts.map((p) => (typeof p === 'string' ? p : unicodeHost(p.host) === p.host ? p.host : `${unicodeHost(p.host)} (${p.host})`)),
  );
};

describe('an import’s changes in words', () => {
  it('names servers in both forms, choices from → to, sites and pauses', () => {
    expect(text({ kind: 'trust-server', server: { host: 'xn--bcher-kva.example', platform: 'jitsi' } })).toBe(
      'Trust the Jitsi Meet server bücher.example (xn--bcher-kva.example)',
    );
    expect(text({ kind: 'choice', key: 'pageBadges', from: 'all', to: 'warnings' })).toBe('Badges in pages: all invite links → only on links that need care');
    expect(text({ kind: 'choice', key: 'quietMode', from: false, to: true })).toBe('Quiet mode: off → on');
    expect(text({ kind: 'choice', key: 'theme', from: 'system', to: 'dark' })).toBe('Look: follow the system → dark');
    expect(text({ kind: 'site-off', host: 'mail.example.org' })).toBe('Change nothing on mail.example.org');
    expect(text({ kind: 'pause', host: 'mail.example.org', until: 5 })).toBe('Pause on mail.example.org until t5');
    expect(text({ kind: 'keep-server', host: 'meet.example.org', current: 'jitsi', inFile: 'bigbluebutton' })).toBe(
      'Keep meet.example.org as a Jitsi Meet server (the file says BigBlueButton)',
    );
  });

  it('keeps hosts apart from the words, so the page can show them as host names', () => {
    expect(importChangeWords({ kind: 'site-off', host: 'xn--bcher-kva.example' }, time)).toEqual({
      key: 'importChangeSiteOff',
      parts: [{ host: 'xn--bcher-kva.example' }],
    });
  });
});
