/**
 * What a screen reader says for a badge (its accessible name) and the toolbar's tooltip: the
 * platform and the level in words, at every level, not only by the badge's colour and glyph.
 */
import { describe, expect, it } from 'vitest';
import { appVerdict } from '../../../src/background/app-verdict';
import { judgeLink } from '../../../src/background/page-verdict';
import { toolbarForMeetingTab } from '../../../src/background/toolbar-state';
import { withoutIsolates } from '../../../src/i18n/t';
import { NO_SETTINGS } from '../../../src/recognise/types';
import { levelLook } from '../../../src/ui/popup/level-look';
import { realIndex } from '../support/catalogue';

const index = realIndex();
const trusted = { trustedServers: [{ host: 'meet.systemli.org', platform: 'jitsi' as const }] };

const LINKS: [string, string, string, typeof NO_SETTINGS][] = [
  ['a lookalike', 'https://meet.google.com-join.us/abc-defg-hij', '', NO_SETTINGS],
  ['a device link', 'sgnl://linkdevice?uuid=x&pub_key=y', '', NO_SETTINGS],
  ['text naming another address', 'https://evil.example/j/1', 'https://zoom.us/j/1234567890', NO_SETTINGS],
  ['text naming a meeting over a click tracker', 'https://example.us1.list-manage.com/track/click?u=1&id=2&e=3', 'https://zoom.us/j/1234567890', NO_SETTINGS],
  ['a platform to avoid', 'https://zoom.us/j/1234567890', '', NO_SETTINGS],
  ['a shut-down platform', 'https://join.skype.com/aBcDeFgHiJkL', '', NO_SETTINGS],
  ['a platform needing care', 'https://meet.google.com/abc-defg-hij', '', NO_SETTINGS],
  ['an untrusted server', 'https://meet.systemli.org/Room', '', NO_SETTINGS],
  ['a safe platform', 'https://signal.group/#CjQKIPQ7bqdExampleGroupMasterKey0123456789', '', NO_SETTINGS],
  ['a trusted server', 'https://meet.systemli.org/Room', '', trusted],
];

describe('a verdict’s words', () => {
  it.each(LINKS)('%s: the label names the platform and the level', (_, href, text, settings) => {
    const verdict = judgeLink(index, { href, text }, settings)!;
    expect(verdict).not.toBeNull();
    const label = withoutIsolates(verdict.label).toLowerCase();
    expect(label).toContain(verdict.platformName.toLowerCase());
    expect(label).toContain(levelLook(verdict.level).word.toLowerCase());
    expect(toolbarForMeetingTab(verdict).title).toContain(verdict.label);
  });

  it.each([
    ['trusted', trusted],
    ['untrusted', NO_SETTINGS],
  ] as const)('a Jitsi page on a %s server: the toolbar names the platform and the level', (_, settings) => {
    const verdict = appVerdict(index, 'jitsi', 'meet.systemli.org', 'https://meet.systemli.org/Room', settings);
    const title = withoutIsolates(toolbarForMeetingTab(verdict).title).toLowerCase();
    expect(title).toContain('jitsi meet');
    expect(title).toContain(levelLook(verdict.level).word.toLowerCase());
  });
});
