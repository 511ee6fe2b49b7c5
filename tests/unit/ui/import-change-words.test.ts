import { describe, expect, it } from 'vitest';
import { importChangeWords } from '../../../src/ui/import-change-words';

const time = (ms: number) => `t${ms}`;

describe('an import’s changes in words', () => {
  it('names servers in both forms, choices from → to, sites and pauses', () => {
    expect(importChangeWords({ kind: 'trust-server', server: { host: 'xn--bcher-kva.example', platform: 'jitsi' } }, time)).toBe(
      'Trust the Jitsi Meet server bücher.example (xn--bcher-kva.example)',
    );
    expect(importChangeWords({ kind: 'choice', key: 'pageBadges', from: 'all', to: 'warnings' }, time)).toBe('Badges in pages: all invite links → only warnings');
    expect(importChangeWords({ kind: 'choice', key: 'quietMode', from: false, to: true }, time)).toBe('Quiet mode: off → on');
    expect(importChangeWords({ kind: 'site-off', host: 'mail.example.org' }, time)).toBe('Change nothing on mail.example.org');
    expect(importChangeWords({ kind: 'pause', host: 'mail.example.org', until: 5 }, time)).toBe('Pause on mail.example.org until t5');
    expect(importChangeWords({ kind: 'keep-server', host: 'meet.example.org', current: 'jitsi', inFile: 'bigbluebutton' }, time)).toMatch(/Keep meet\.example\.org as a Jitsi Meet server/);
  });
});
