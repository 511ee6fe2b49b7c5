import { describe, expect, it } from 'vitest';
import { bundledIndex } from '../../../src/recognise/bundled-index';
import { qrFindings } from '../../../src/qr/qr-findings';
import { NO_SETTINGS } from '../../../src/recognise/types';

const index = bundledIndex();

describe('what a QR code says, judged as a link is', () => {
  it('a Signal device-link code is dangerous and named as what it does; a genuine group invite is fine', () => {
    const found = qrFindings(
      index,
      ['sgnl://linkdevice?uuid=Vx3&pub_key=BZ7', 'https://signal.group/#CjQKIPQ7bqdExampleGroupMasterKey0123456789'],
      NO_SETTINGS,
    );
    expect(found).toEqual([
      { kind: 'invite', url: 'sgnl://linkdevice?uuid=Vx3&pub_key=BZ7', platform: 'signal', level: 'danger', nature: 'device-link' },
      { kind: 'invite', url: 'https://signal.group/#CjQKIPQ7bqdExampleGroupMasterKey0123456789', platform: 'signal', level: 'ok', nature: 'platform' },
    ]);
  });

  it('a code holding a lookalike host is a dangerous imitation of the platform', () => {
    const [found] = qrFindings(index, ['https://zoom.us.join-meeting.example/j/81234567890'], NO_SETTINGS);
    expect(found).toMatchObject({ kind: 'invite', platform: 'zoom', level: 'danger', nature: 'imitation' });
  });

  it('a link without a scheme is judged as https://, as in the check field', () => {
    expect(qrFindings(index, ['zoom.us/j/81234567890'], NO_SETTINGS)).toEqual([
      { kind: 'invite', url: 'https://zoom.us/j/81234567890', platform: 'zoom', level: 'avoid', nature: 'platform' },
    ]);
  });

  it('a link that is no invite, and text that is no link (a Wi-Fi code, a contact card), say so', () => {
    expect(qrFindings(index, ['https://example.org/menu', 'WIFI:S:Office;T:WPA;P:secret;;', 'BEGIN:VCARD\nFN:Ana\nEND:VCARD'], NO_SETTINGS)).toEqual([
      { kind: 'other-link', url: 'https://example.org/menu' },
      { kind: 'text', text: 'WIFI:S:Office;T:WPA;P:secret;;' },
      { kind: 'text', text: 'BEGIN:VCARD\nFN:Ana\nEND:VCARD' },
    ]);
  });

  it('a Jitsi server the person trusts is judged as trusted, as its links on pages are', () => {
    const link = 'https://meet.example-collective.org/PlanningRoom';
    const [untrusted] = qrFindings(index, [link], NO_SETTINGS);
    const [trusted] = qrFindings(index, [link], { trustedServers: [{ host: 'meet.example-collective.org', platform: 'jitsi' }] });
    expect(untrusted).toEqual({ kind: 'other-link', url: link });
    expect(trusted).toMatchObject({ kind: 'invite', platform: 'jitsi' });
  });

  it('what a hostile code holds stays text to show: script links are no invites, and nothing throws', () => {
    const long = 'https://zoom.us/j/1'.padEnd(5000, 'x');
    expect(qrFindings(index, ['javascript:alert(document.cookie)', '<img src=x onerror=alert(1)>', '\u202Ezoom.us/j/1', long, '', ' '], NO_SETTINGS)).toEqual([
      { kind: 'other-link', url: 'javascript:alert(document.cookie)' },
      { kind: 'text', text: '<img src=x onerror=alert(1)>' },
      // A right-to-left override before a host makes it no link: it is shown as text, isolated.
      { kind: 'text', text: '\u202Ezoom.us/j/1' },
      { kind: 'other-link', url: long },
      { kind: 'text', text: '' },
      { kind: 'text', text: ' ' },
    ]);
  });
});
