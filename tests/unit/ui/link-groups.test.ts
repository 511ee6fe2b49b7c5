import { describe, expect, it } from 'vitest';
import { groupLinks } from '../../../src/ui/link-groups';

const names: Record<string, string> = { zoom: 'Zoom', signal: 'Signal', 'google-meet': 'Google Meet' };

describe('the links found on a page', () => {
  it('group by platform, the worst group first, the worst link first, no duplicates', () => {
    const groups = groupLinks(
      [
        { url: 'https://signal.group/#a', platform: 'signal', level: 'ok' },
        { url: 'https://zoom.us/j/1', platform: 'zoom', level: 'avoid' },
        { url: 'https://zoom-us.example/j/1', platform: 'zoom', level: 'danger' },
        { url: 'https://zoom.us/j/1', platform: 'zoom', level: 'avoid' },
        { url: 'https://meet.google.com/abc-defg-hij', platform: 'google-meet', level: 'caution' },
      ],
      (id) => names[id],
    );
    expect(groups.map((g) => [g.name, g.worst, g.links.length])).toEqual([
      ['Zoom', 'danger', 2],
      ['Google Meet', 'caution', 1],
      ['Signal', 'ok', 1],
    ]);
    expect(groups[0]!.links[0]!.level).toBe('danger');
  });

  it('an unknown platform id is shown as it is', () => {
    expect(groupLinks([{ url: 'x', platform: 'newthing', level: 'caution' }], () => undefined)[0]!.name).toBe('newthing');
  });

  it('links imitating a platform form their own group', () => {
    const groups = groupLinks(
      [
        { url: 'https://zoom.us/j/1', platform: 'zoom', level: 'avoid' },
        { url: 'https://zoom-us.example/j/1', platform: 'zoom', level: 'danger' },
      ],
      (id) => names[id],
      (url) => url.includes('zoom-us.example'),
    );
    expect(groups.map((g) => [g.platform, g.name, g.worst])).toEqual([
      ['imitation:zoom', 'Imitation of Zoom', 'danger'],
      ['zoom', 'Zoom', 'avoid'],
    ]);
  });
});
