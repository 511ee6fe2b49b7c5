import { describe, expect, it } from 'vitest';
import { validateCatalogue } from '../../../src/catalogue/validate';
import { cloneFiles, loadCatalogue } from '../support/catalogue';

type Json = Record<string, any>;
const platform = (files: ReturnType<typeof cloneFiles>, id: string) => files.platforms[`platforms/${id}.json`] as Json;

function errorsAfter(mutate: (files: ReturnType<typeof cloneFiles>) => void): string[] {
  const files = cloneFiles();
  mutate(files);
  const result = validateCatalogue(files);
  return result.ok ? [] : result.errors;
}

describe('the catalogue in data/', () => {
  it('is valid', () => {
    const result = validateCatalogue(cloneFiles());
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('holds every platform of the guide, the three it declines, and the others we cover', () => {
    const ids = loadCatalogue().platforms.map((p) => p.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'signal',
        'delta-chat',
        'element',
        'wire',
        'jitsi',
        'bigbluebutton',
        'whereby',
        'bluejeans',
        'gotomeeting',
        'facetime',
        'google-meet',
        'duo',
        'whatsapp',
        'microsoft-teams',
        'zoom',
        'skype',
        'telegram',
        'threema',
        'webex',
        'discord',
        'slack',
        'chime',
        'messenger',
      ]),
    );
  });

  it('records the guide declining Zoom, Skype and Telegram, with its reason', () => {
    for (const p of loadCatalogue().platforms.filter((p) => ['zoom', 'skype', 'telegram'].includes(p.id))) {
      expect(p.guide.stance).toBe('declined');
      expect(p.guide.reason).toMatch(/risk/i);
    }
  });

  it('dates and sources every source it cites', () => {
    for (const p of loadCatalogue().platforms)
      for (const s of p.sources) {
        expect(s.url, `${p.id}/${s.id}`).toMatch(/^https:\/\//);
        expect(s.checked, `${p.id}/${s.id}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
  });
});

describe('a broken catalogue is rejected with the file and the field', () => {
  it('names a wrong enum value', () => {
    const errors = errorsAfter((f) => (platform(f, 'signal').encryption.group = 'e2e'));
    expect(errors).toEqual([expect.stringMatching(/^data\/platforms\/signal\.json: encryption\.group: .*e2ee/)]);
  });

  it('names a missing field', () => {
    const errors = errorsAfter((f) => delete platform(f, 'signal').jurisdiction);
    expect(errors.join('\n')).toMatch(/data\/platforms\/signal\.json: jurisdiction:/);
  });

  it('rejects a country that is not an ISO code', () => {
    const errors = errorsAfter((f) => (platform(f, 'signal').jurisdiction = 'USA'));
    expect(errors.join('\n')).toMatch(/signal\.json: jurisdiction: .*ISO 3166-1/);
  });

  it('rejects an unknown key', () => {
    const errors = errorsAfter((f) => (platform(f, 'signal').encryptoin = {}));
    expect(errors.join('\n')).toMatch(/signal\.json: .*encryptoin/);
  });

  it('rejects a host claimed by two platforms', () => {
    const errors = errorsAfter((f) => platform(f, 'signal').recognise.hosts.push('zoom.us'));
    // Whichever file is read second is named, with the platform that claimed the host first.
    expect(errors.join('\n')).toMatch(/(signal|zoom)\.json: recognise\.host\w*\.\d+: host "zoom\.us" is already claimed by (zoom|signal)/);
  });

  it('rejects a source read over plain http, in a platform and in a server list', () => {
    const errors = errorsAfter((f) => {
      platform(f, 'signal').sources[0].url = 'http://signal.org/blog/';
      (f.servers['servers/jitsi.json'] as Json).sources[0].url = 'http://jitsi.org/';
    });
    expect(errors).toEqual([
      expect.stringMatching(/^data\/platforms\/signal\.json: sources\.0\.url: /),
      expect.stringMatching(/^data\/servers\/jitsi\.json: sources\.0\.url: /),
    ]);
  });

  it('rejects a change without a source', () => {
    const errors = errorsAfter((f) => platform(f, 'signal').changes.push({ fact: 'limits', old: 'a', new: 'b', sources: [] }));
    expect(errors.join('\n')).toMatch(/signal\.json: changes\.\d+\.sources: every change needs at least one source/);
  });

  it('rejects a change citing a source the file does not have', () => {
    const errors = errorsAfter((f) => platform(f, 'signal').changes.push({ fact: 'limits', old: 'a', new: 'b', sources: ['nowhere'] }));
    expect(errors.join('\n')).toMatch(/signal\.json: changes\.\d+\.sources\.0: no source with id "nowhere"/);
  });

  it('rejects a fact that differs from the guide without a sourced change', () => {
    const errors = errorsAfter((f) => (platform(f, 'signal').jurisdiction = 'CH'));
    expect(errors.join('\n')).toMatch(/signal\.json: changes: "jurisdiction" is "CH" but the guide said "US"/);
  });

  it('rejects a replacement platform that does not exist', () => {
    const errors = errorsAfter((f) => (platform(f, 'skype').discontinued.replacedBy = 'nonexistent'));
    expect(errors.join('\n')).toMatch(/skype\.json: discontinued\.replacedBy: no platform "nonexistent"/);
  });

  it('rejects a file whose name is not its id', () => {
    const errors = errorsAfter((f) => (platform(f, 'signal').id = 'signals'));
    expect(errors.join('\n')).toMatch(/signal\.json: id: "signals" must live in data\/platforms\/signals\.json/);
  });

  it('rejects a regular expression that does not compile', () => {
    const errors = errorsAfter((f) => (platform(f, 'signal').recognise.links[0].path = '^/(unclosed'));
    expect(errors.join('\n')).toMatch(/signal\.json: recognise\.links\.0\.path: a valid regular expression/);
  });

  it('recognises a path on any host only for self-hostable platforms, and only on shapes open to every host', () => {
    const closed = errorsAfter((f) => (platform(f, 'zoom').recognise.links[0].anyHost = '/j/123456'));
    expect(closed.join('\n')).toMatch(/zoom\.json: recognise\.links\.0\.anyHost: only a self-hostable platform/);
    const limited = errorsAfter((f) => (platform(f, 'element').recognise.links[0].anyHost = '/#/room/'));
    expect(limited.join('\n')).toMatch(/element\.json: recognise\.links\.0\.anyHost: a shape limited to some hosts/);
    const short = errorsAfter((f) => (platform(f, 'bigbluebutton').recognise.links[0].anyHost = '/b/'));
    expect(short.join('\n')).toMatch(/bigbluebutton\.json: recognise\.links\.0\.anyHost/);
  });

  it('rejects an uncited fact of a platform the guide does not cover', () => {
    const errors = errorsAfter((f) => {
      const p = platform(f, 'discord');
      delete p.factSources.jurisdiction;
      p.unverified = p.unverified.filter((u: string) => u !== 'jurisdiction');
    });
    expect(errors.join('\n')).toMatch(/discord\.json: factSources\.jurisdiction: the guide does not give this fact/);
  });

  it('rejects advice for the invitee that names no source (issue 14)', () => {
    const errors = errorsAfter((f) => {
      delete platform(f, 'whatsapp').factSources['invitee.group'];
      platform(f, 'discord').invitee = { devicesMenu: ['settings', 'devices'] };
    });
    expect(errors.join('\n')).toMatch(/whatsapp\.json: factSources\.invitee\.group: advice facts need a source/);
    expect(errors.join('\n')).toMatch(/discord\.json: factSources\.invitee\.devicesMenu: advice facts need a source/);
    expect(errorsAfter((f) => (platform(f, 'whatsapp').invitee.group.membersSee = 'everything')).join('\n')).toMatch(
      /whatsapp\.json: invitee\.group\.membersSee/,
    );
  });

  it('rejects a server list naming a source it does not have', () => {
    const errors = errorsAfter((f) => ((f.servers['servers/jitsi.json'] as Json).instances[0].sources = ['missing']));
    expect(errors.join('\n')).toMatch(/servers\/jitsi\.json: instances\.0\.sources\.0: no source "missing"/);
  });
});

describe('click trackers in data/click-trackers.json', () => {
  const trackers = (files: ReturnType<typeof cloneFiles>) => (files.trackers['click-trackers.json'] as Json).trackers as Json[];

  it('names the file and field of a tracker without sources', () => {
    expect(errorsAfter((f) => (trackers(f)[0]!.sources = []))).toEqual([expect.stringMatching(/^data\/click-trackers\.json: trackers\.0\.sources: /)]);
  });

  it('refuses a tracker id that a redirect wrapper already uses', () => {
    expect(errorsAfter((f) => (trackers(f)[0]!.id = 'outlook-safelinks'))).toEqual([
      'data/click-trackers.json: trackers.0.id: "outlook-safelinks" is used twice',
    ]);
  });

  it('refuses a tracker on a platform’s host', () => {
    expect(errorsAfter((f) => trackers(f)[0]!.hostSuffixes.push('zoom.us'))).toEqual([
      'data/click-trackers.json: trackers.0.hostSuffixes.1: host "zoom.us" is already claimed by zoom',
    ]);
  });

  it('refuses a carrier of an unknown kind, and a bad path', () => {
    expect(errorsAfter((f) => (trackers(f)[0]!.carrier = { type: 'rot13' }))).toHaveLength(1);
    expect(errorsAfter((f) => (trackers(f)[0]!.path = '('))).toEqual([expect.stringContaining('trackers.0.path: a valid regular expression')]);
  });
});
