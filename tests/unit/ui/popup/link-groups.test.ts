import { describe, expect, it } from 'vitest';
import { linkNature } from '../../../../src/assess/link-name';
import { NO_SETTINGS } from '../../../../src/recognise/types';
import { recognise } from '../../../../src/recognise/recognise';
import { groupLinks, reportedNature, type FoundLink } from '../../../../src/ui/popup/link-groups';
import { realIndex } from '../../support/catalogue';

const names: Record<string, string> = { zoom: 'Zoom', signal: 'Signal', 'google-meet': 'Google Meet', jitsi: 'Jitsi Meet', telegram: 'Telegram' };
const nameOf = (id: string) => names[id];
const index = realIndex();
/** What the popup does: the link's nature from the recogniser, on its URL alone. */
const natureOf = (link: FoundLink) => linkNature(recognise(index, link.url, NO_SETTINGS));
const shape = (groups: ReturnType<typeof groupLinks>) => groups.map((g) => [g.level, g.links.map((l) => [l.name, l.level])]);

const SIGNAL_GROUP = 'https://signal.group/#CjQKIPQ7bqdExampleGroupMasterKey0123456789';

describe('the links found on a page', () => {
  it('group by verdict, the worst first, each link its own row; within a group by platform; no duplicates', () => {
    const groups = groupLinks(
      [
        { url: SIGNAL_GROUP, platform: 'signal', level: 'ok' },
        { url: 'https://zoom.us/j/1', platform: 'zoom', level: 'avoid' },
        { url: 'https://t.me/+AbCdEfGhIjK1mNoP', platform: 'telegram', level: 'avoid' },
        { url: 'https://zoom.us.join-meeting.example/j/1', platform: 'zoom', level: 'danger' },
        { url: 'https://zoom.us/j/1', platform: 'zoom', level: 'avoid' },
        { url: 'https://meet.google.com/abc-defg-hij', platform: 'google-meet', level: 'caution' },
        { url: 'https://meet.jit.si/Room', platform: 'jitsi', level: 'caution' },
      ],
      nameOf,
      natureOf,
    );
    expect(shape(groups)).toEqual([
      ['danger', [['Imitation of Zoom — not Zoom', 'danger']]],
      [
        'avoid',
        [
          ['Telegram', 'avoid'],
          ['Zoom', 'avoid'],
        ],
      ],
      [
        'caution',
        [
          ['Google Meet', 'caution'],
          ['Jitsi Meet', 'caution'],
        ],
      ],
      ['ok', [['Signal', 'ok']]],
    ]);
  });

  it('a device-link lure never pulls a genuine Signal group link under a red heading', () => {
    const groups = groupLinks(
      [
        { url: SIGNAL_GROUP, platform: 'signal', level: 'ok' },
        { url: 'sgnl://linkdevice?uuid=x&pub_key=y', platform: 'signal', level: 'danger' },
      ],
      nameOf,
      natureOf,
    );
    expect(shape(groups)).toEqual([
      ['danger', [['Links a new device to your Signal account', 'danger']]],
      ['ok', [['Signal', 'ok']]],
    ]);
  });

  it('dangerous links are named by what they are: imitations, device links, device codes, text over another address', () => {
    const groups = groupLinks(
      [
        { url: 'https://meet.google.com-join.us/abc-defg-hij', platform: 'google-meet', level: 'danger' },
        { url: 'https://microsoft.com/devicelogin', platform: 'microsoft-teams', level: 'danger' },
        // The page saw "zoom.us/j/…" as the link's text over this href (the mismatch rule).
        { url: 'https://evil.example/j/1', platform: 'zoom', level: 'danger' },
      ],
      (id) => ({ ...names, 'microsoft-teams': 'Microsoft Teams' })[id],
      natureOf,
    );
    expect(shape(groups)).toEqual([
      [
        'danger',
        [
          ['Imitation of Google Meet — not Google Meet', 'danger'],
          ['Signs another device in to your Microsoft Teams account', 'danger'],
          ['Imitation of Zoom — not Zoom', 'danger'],
        ],
      ],
    ]);
  });

  it('only a dangerous link becomes an imitation when its URL alone shows nothing wrong', () => {
    expect(reportedNature({ url: 'https://evil.example/', platform: 'zoom', level: 'danger' }, 'platform')).toBe('imitation');
    expect(reportedNature({ url: 'https://zoom.us/j/1', platform: 'zoom', level: 'avoid' }, 'platform')).toBe('platform');
    expect(reportedNature({ url: 'sgnl://linkdevice', platform: 'signal', level: 'danger' }, 'device-link')).toBe('device-link');
  });

  it('an unknown platform id is shown as it is', () => {
    expect(groupLinks([{ url: 'x', platform: 'newthing', level: 'caution' }], () => undefined)[0]!.links[0]!.name).toBe('newthing');
  });
});
