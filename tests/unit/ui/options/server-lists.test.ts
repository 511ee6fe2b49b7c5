import { describe, expect, it } from 'vitest';
import { bundledIndex } from '../../../../src/recognise/bundled-index';
import { knownServerGroups, trustedRows } from '../../../../src/ui/options/server-lists';

const index = bundledIndex();

describe('the options page server lists', () => {
  it('known public servers by platform, the official ones first, marked when trusted', () => {
    const groups = knownServerGroups(index, [{ host: 'meet.systemli.org', platform: 'jitsi' }]);
    expect(groups.map((g) => g.platformName)).toEqual(['Jitsi Meet', 'BigBlueButton']);
    const jitsi = groups[0]!.servers;
    expect(jitsi[0]).toMatchObject({ official: true });
    expect(jitsi.find((s) => s.host === 'meet.systemli.org')).toMatchObject({ trusted: true, operatorCountry: null, hostingCountry: 'Germany' });
    expect(jitsi.find((s) => s.host === 'framatalk.org')).toMatchObject({ operatorCountry: 'France', hostingCountry: 'Germany' });
    expect(jitsi.find((s) => s.host === 'calls.disroot.org')?.trusted).toBe(false);
  });

  it("marks the organisation's servers, which the options cannot remove", () => {
    const rows = trustedRows(index, [
      { host: 'meet.our-org.example', platform: 'jitsi', managed: true },
      { host: 'meet.mine.example', platform: 'jitsi' },
    ]);
    expect(rows.map((r) => r.managed)).toEqual([true, false]);
  });

  it('says which servers are public, so trusting them is confirmed first (issue 14)', () => {
    const [jitsi, bbb] = knownServerGroups(index, []).map((g) => g.servers);
    const open = (list: typeof jitsi, host: string) => list!.find((s) => s.host === host)?.openToAnyone;
    expect(open(jitsi, 'meet.jit.si')).toBe(true); // the platform's own
    expect(open(jitsi, 'meet.systemli.org')).toBe(true); // a community server open to anyone
    expect(open(jitsi, 'jitsi.member.fsf.org')).toBe(false); // members only
    expect(open(bbb, 'demo.bigbluebutton.org')).toBe(true);
    expect(open(bbb, 'conf.fsfe.org')).toBe(false);
    expect(open(bbb, 'collocall.de')).toBe(false); // paid hosting
    expect(open(bbb, 'senfcall.de')).toBe(false); // no source says
  });

  it('trusted servers with both forms of their names and the operator when known', () => {
    expect(
      trustedRows(index, [
        { host: 'xn--bcher-kva.example', platform: 'bigbluebutton' },
        { host: 'meet.systemli.org', platform: 'jitsi' },
      ]),
    ).toMatchObject([
      { host: 'xn--bcher-kva.example', shown: 'bücher.example', platformName: 'BigBlueButton', operator: null },
      { host: 'meet.systemli.org', shown: 'meet.systemli.org', operator: expect.stringMatching(/systemli/) },
    ]);
  });
});
