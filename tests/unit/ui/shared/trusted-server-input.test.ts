import { describe, expect, it } from 'vitest';
import { bundledIndex } from '../../../../src/recognise/bundled-index';
import { platformOwningHost, serverToTrust } from '../../../../src/ui/shared/trusted-server-input';

const index = bundledIndex();

describe('adding a trusted server', () => {
  it('takes the chosen platform for an unknown server', () => {
    expect(serverToTrust(index, 'https://bbb.our-union.example/rooms/abc', 'bigbluebutton', [])).toEqual({
      ok: true,
      server: { host: 'bbb.our-union.example', platform: 'bigbluebutton' },
      shown: 'bbb.our-union.example',
      operator: null,
    });
  });

  it('takes the platform a pasted link shows by its path, whatever the menu says (issue 14: a BigBlueButton /b/ link was saved as Jitsi)', () => {
    for (const link of [
      'https://bbb.our-union.example/b/abc-def-ghi-jkl',
      'https://bbb.our-union.example/rooms/abc-def-ghi-jkl/join',
      'bbb.our-union.example/b/abc-def-ghi',
    ])
      expect(serverToTrust(index, link, 'jitsi', [])).toMatchObject({ ok: true, server: { host: 'bbb.our-union.example', platform: 'bigbluebutton' } });
    // A Jitsi room's path looks like any page's: the menu decides.
    expect(serverToTrust(index, 'https://meet.our-union.example/Planning', 'bigbluebutton', [])).toMatchObject({ server: { platform: 'bigbluebutton' } });
    expect(serverToTrust(index, 'https://meet.our-union.example/Planning', 'jitsi', [])).toMatchObject({ server: { platform: 'jitsi' } });
    expect(serverToTrust(index, 'meet.our-union.example', 'jitsi', [])).toMatchObject({ server: { platform: 'jitsi' } });
  });

  it('a known public server keeps its platform and operator', () => {
    expect(serverToTrust(index, 'https://meet.systemli.org/Planning', 'bigbluebutton', [])).toMatchObject({
      ok: true,
      server: { host: 'meet.systemli.org', platform: 'jitsi' },
      operator: expect.stringMatching(/systemli/),
    });
    expect(serverToTrust(index, 'jitsi.riot.im', 'bigbluebutton', [])).toMatchObject({ ok: true, server: { platform: 'jitsi' } });
  });

  it('refuses hosts that belong to another platform', () => {
    const zoom = serverToTrust(index, 'https://us02web.zoom.us/j/123', 'jitsi', []);
    expect(zoom).toMatchObject({ ok: false, message: expect.stringMatching(/belongs to Zoom/) });
    expect(serverToTrust(index, 'meet.google.com', 'jitsi', [])).toMatchObject({ ok: false, message: expect.stringMatching(/Google Meet/) });
    expect(platformOwningHost(index, 'jitsi.org')).toBe('jitsi');
  });

  it('says when a server is already trusted, and changes nothing', () => {
    expect(serverToTrust(index, 'meet.example.org', 'jitsi', [{ host: 'meet.example.org', platform: 'jitsi' }])).toMatchObject({
      ok: false,
      already: true,
      message: expect.stringMatching(/already on your list/),
    });
  });

  it('passes on the input problems', () => {
    expect(serverToTrust(index, 'javascript:alert(1)', 'jitsi', [])).toMatchObject({ ok: false, message: expect.stringMatching(/script/) });
  });
});
