import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/assess/assess';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { english } from '../../../src/i18n/english';
import { setTranslator, withoutIsolates } from '../../../src/i18n/t';
import { translatorFromMessages } from '../../../src/i18n/translate';
import { compileIndex } from '../../../src/recognise/catalogue-index';
import type { Catalogue } from '../../../src/catalogue/validate';
import { recognise } from '../../../src/recognise/recognise';
import { NO_SETTINGS, type RecogniseSettings } from '../../../src/recognise/types';
import { loadCatalogue, realIndex } from '../support/catalogue';

const index = realIndex();
const verdict = (url: string, settings: RecogniseSettings = NO_SETTINGS, idx = index) => assess(idx, recognise(idx, url, settings));

function editedIndex(edit: (c: Catalogue) => void) {
  const catalogue = structuredClone(loadCatalogue());
  edit(catalogue);
  return compileIndex(catalogue);
}

describe('danger: links that imitate a platform or act dangerously', () => {
  it('isolates the real domain left-to-right inside the sentence, so right-to-left text cannot reorder it', () => {
    const a = verdict('https://meet.google.com-join.us/abc-defg-hij');
    expect(a.reasons[0]).toContain('\u2066com-join.us\u2069');
    const server = verdict('https://meet.systemli.org/Room');
    expect(server.reasons[0]).toContain('\u2066meet.systemli.org\u2069');
  });

  it('isolates owner and operator names, so "Inc." keeps its full stop at its end in right-to-left text', () => {
    expect(verdict('https://zoom.us/j/1234567890').reasons).toContain(
      'Run by \u2068Zoom Communications, Inc.\u2069, a company. Law that applies: United States.',
    );
    expect(verdict('https://meet.systemli.org/Room').reasons[0]).toContain('run by \u2068systemli.org (activist tech collective)\u2069');
  });

  it('a lookalike is danger, shown as the platform it imitates, naming where it really goes', () => {
    const a = verdict('https://meet.google.com-join.us/abc-defg-hij');
    expect(a).toMatchObject({ level: 'danger', platform: 'google-meet' });
    expect(a.reasons[0]).toMatch(/imitates Google Meet.*com-join\.us/);
  });

  it('a homograph says it uses letters of another alphabet', () => {
    expect(verdict('https://xn--zm-fmca.us/j/1234567890').reasons[0]).toMatch(/another alphabet/);
  });

  it('a device-linking link is danger with the never-open advice', () => {
    const a = verdict('sgnl://linkdevice?uuid=abc&pub_key=def');
    expect(a).toMatchObject({ level: 'danger', platform: 'signal' });
    expect(a.reasons.join(' ')).toMatch(/Never open a link someone sent you that links a device or asks for a code/);
  });

  it('a device-code sign-in link is danger', () => {
    expect(verdict('https://microsoft.com/devicelogin')).toMatchObject({ level: 'danger', platform: 'microsoft-teams' });
  });
});

describe('avoid: advised against, or shut down', () => {
  it("Zoom, Skype and Telegram are avoid, with the guide's reason", () => {
    const zoom = verdict('https://zoom.us/j/1234567890');
    expect(zoom.level).toBe('avoid');
    expect(zoom.reasons[0]).toBe('The Front Line Defenders guide does not recommend Zoom.');
    expect(verdict('https://t.me/+AbCdEfGhIjKlMnOp').level).toBe('avoid');
  });

  it('a discontinued platform is avoid and names its replacement', () => {
    const skype = verdict('https://join.skype.com/AbCdEfGhIjKl');
    expect(skype.level).toBe('avoid');
    expect(skype.reasons[0]).toMatch(/Skype was shut down \(2025-05-05\); Microsoft Teams replaced it/);
    expect(verdict('https://bluejeans.com/123456789').level).toBe('avoid');
  });
});

describe('caution and ok follow the catalogue facts', () => {
  it('encryption to the server is caution, and says who can read it', () => {
    const meet = verdict('https://meet.google.com/abc-defg-hij');
    expect(meet.level).toBe('caution');
    expect(meet.summary).toMatch(/United States/);
  });

  it("end-to-end only where an organisation's admin enables it (admin-e2ee) is caution like to-server, and says the invitee cannot turn it on", () => {
    for (const url of ['https://meet.google.com/abc-defg-hij', 'https://teams.live.com/meet/9387612345678?p=AbCdEf1234']) {
      const a = verdict(url);
      expect(a.level, url).toBe('caution');
      expect(a.summary, url).toMatch(/unless an organisation's admin switches on end-to-end/);
      expect(a.reasons[0], url).toMatch(
        /can read or hear it, unless the organisation's admin has switched on end-to-end encryption.*You cannot turn it on yourself/,
      );
    }
    // For alternatives it counts as to-server: a to-server platform is never offered as better than it, nor it as better than one.
    const meet = verdict('https://meet.google.com/abc-defg-hij').alternatives.map((a) => a.id);
    expect(meet).not.toContain('microsoft-teams');
    expect(meet).not.toContain('zoom');
  });

  it('end-to-end encrypted but run by a company that collects metadata is caution', () => {
    const wa = verdict('https://chat.whatsapp.com/AbCdEfGhIjKlMnOpQrStUv');
    expect(wa.level).toBe('caution');
    expect(wa.reasons[0]).toMatch(/collects who talks to whom/);
  });

  it('end-to-end by default and open source is ok', () => {
    expect(verdict('https://signal.group/#CjQKIPQ7bqdExampleGroupMasterKey0123456789').level).toBe('ok');
  });

  it('open-source apps over a closed server (Threema) count as open where the encryption happens', () => {
    expect(verdict('https://threema.id/ECHOECHO').level).toBe('ok');
  });

  it('Jitsi on a server the person has not trusted is caution, naming server and operator', () => {
    const a = verdict('https://meet.systemli.org/PlanningRoom');
    expect(a.level).toBe('caution');
    expect(withoutIsolates(a.reasons[0]!)).toMatch(/meet\.systemli\.org, run by systemli\.org.*not marked as trusted/);
  });

  it('the same link on a server the person trusts is ok', () => {
    const trusted: RecogniseSettings = { trustedServers: [{ host: 'meet.systemli.org', platform: 'jitsi' }] };
    const a = verdict('https://meet.systemli.org/PlanningRoom', trusted);
    expect(a.level).toBe('ok');
    expect(withoutIsolates(a.reasons[0]!)).toMatch(/You marked meet\.systemli\.org as a Jitsi Meet server you trust/);
  });

  it('a server nobody lists is recognised once trusted', () => {
    const settings: RecogniseSettings = { trustedServers: [{ host: 'jitsi.our-union.example', platform: 'jitsi' }] };
    expect(verdict('https://jitsi.our-union.example/Weekly', settings)).toMatchObject({ level: 'ok', platform: 'jitsi' });
    expect(verdict('https://jitsi.our-union.example/Weekly').level).toBe('none');
  });

  it('a link that is not an invite is none, with no reasons', () => {
    expect(verdict('https://zoom.us/pricing')).toMatchObject({ level: 'none', platform: null, reasons: [] });
  });
});

describe('a catalogue edit changes verdicts without a code edit', () => {
  it('Google Meet becomes ok when its facts say end-to-end, open source, no metadata', () => {
    const idx = editedIndex((c) => {
      const meet = c.platforms.find((p) => p.id === 'google-meet')!;
      meet.encryption.group = 'e2ee';
      meet.openSource = true;
      meet.owner.collectsMetadata = false;
    });
    expect(verdict('https://meet.google.com/abc-defg-hij', NO_SETTINGS, idx).level).toBe('ok');
  });

  it('Signal becomes avoid when the catalogue says it was shut down', () => {
    const idx = editedIndex((c) => {
      const signal = c.platforms.find((p) => p.id === 'signal')!;
      signal.status = 'discontinued';
      signal.discontinued = { since: '2030-01' };
    });
    expect(verdict('https://signal.group/#CjQKIPQ7bqdExampleGroupMasterKey0123456789', NO_SETTINGS, idx).level).toBe('avoid');
  });
});

describe('safer alternatives', () => {
  const byId = new Map(loadCatalogue().platforms.map((p) => [p.id, p]));

  it('for a Zoom meeting: active platforms for group video, end-to-end by default, each with a reason', () => {
    const a = verdict('https://zoom.us/j/1234567890');
    expect(a.alternatives.map((x) => x.id)).toContain('signal');
    for (const alt of a.alternatives) {
      const p = byId.get(alt.id)!;
      expect(p.status).toBe('active');
      expect(p.guide.stance).not.toBe('declined');
      expect(p.uses).toContain('group-video');
      expect(alt.reason.length).toBeGreaterThan(10);
    }
  });

  it('are worded in the language in use, also after the language changes (they are worked out once per language)', () => {
    const reasons = () => verdict('https://zoom.us/j/1234567890').alternatives.map((x) => x.reason);
    const inEnglish = reasons();
    try {
      setTranslator(
        translatorFromMessages(JSON.parse(readFileSync(fileURLToPath(new URL('../../../public/_locales/es/messages.json', import.meta.url)), 'utf8'))),
        'es',
      );
      const inSpanish = reasons();
      expect(inSpanish).toHaveLength(inEnglish.length);
      for (let i = 0; i < inEnglish.length; i++) expect(inSpanish[i]).not.toBe(inEnglish[i]);
      expect(verdict('https://zoom.us/j/1234567890').reasons.join(' ')).toContain('Estados Unidos');
    } finally {
      setTranslator(english, 'en');
    }
    expect(reasons()).toEqual(inEnglish);
    expect(verdict('https://zoom.us/j/1234567890').reasons.join(' ')).toContain('United States');
  });

  it('never suggests the platform itself, nor anything weaker on encryption', () => {
    const wa = verdict('https://chat.whatsapp.com/AbCdEfGhIjKlMnOpQrStUv').alternatives;
    expect(wa.map((x) => x.id)).not.toContain('whatsapp');
    for (const alt of wa) expect(byId.get(alt.id)!.encryption.group).toBe('e2ee');
  });

  it('suggests nothing for a link that is already ok', () => {
    expect(verdict('https://signal.group/#CjQKIPQ7bqdExampleGroupMasterKey0123456789').alternatives).toEqual([]);
    const trusted: RecogniseSettings = { trustedServers: [{ host: 'meet.systemli.org', platform: 'jitsi' }] };
    expect(verdict('https://meet.systemli.org/Room', trusted).alternatives).toEqual([]);
  });

  it('BigBlueButton on an untrusted server says plainly that the server sees and hears the meeting', () => {
    const a = verdict('https://demo.bigbluebutton.org/rooms/abc-def-ghi-jkl');
    expect(a.reasons[0]).toMatch(/see who joins and see and hear the meeting/);
    expect(a.reasons[0]).not.toMatch(/unless end-to-end/);
  });

  it("ranks alternatives by the guide's criteria: end-to-end by default before anything else", () => {
    const meet = verdict('https://meet.google.com/abc-defg-hij').alternatives;
    expect(meet.length).toBeGreaterThan(0);
    expect(byId.get(meet[0]!.id)!.encryption.group).toBe('e2ee');
    expect(meet[0]!.reason).toMatch(/end-to-end encrypted by default/);
  });

  it('gives no alternatives for a lookalike (the advice is not to open it)', () => {
    expect(verdict('https://zoom-us.example/j/1234567890').alternatives).toEqual([]);
  });
});
