import { describe, expect, it } from 'vitest';
import { withoutIsolates } from '../../../../src/i18n/t';
import { bundledIndex } from '../../../../src/recognise/bundled-index';
import { NO_SETTINGS } from '../../../../src/recognise/types';
import { cardFor } from '../../../../src/ui/popup/card-model';
import { guideHistory } from '../../../../src/ui/popup/guide-history';

const index = bundledIndex();
const card = (url: string, trusted: { host: string; platform: 'jitsi' | 'bigbluebutton' }[] = []) => cardFor(index, url, { trustedServers: trusted });
const row = (c: ReturnType<typeof card>, label: string) => c.facts?.flatMap((s) => s.rows).find((r) => r.label === label);

describe('the platform card', () => {
  it('Zoom: avoid, with the reasons, plain-words encryption and ranked alternatives linking to their sites', () => {
    const c = card('https://zoom.us/j/1234567890');
    expect(c).toMatchObject({ heading: 'Zoom', kind: 'meeting link', level: 'avoid', platformId: 'zoom' });
    expect(c.reasons[0]).toMatch(/Front Line Defenders guide does not recommend Zoom/);
    expect(c.reasons.map(withoutIsolates)).toContainEqual(
      expect.stringMatching(/End-to-end only if the host turns it on.*Zoom Communications, Inc\. can read or hear it/),
    );
    expect(row(c, 'Owner')?.value).toBe('\u2068Zoom Communications, Inc.\u2069 (a company)');
    expect(row(c, 'Jurisdiction')?.value).toBe('United States');
    expect(c.alternatives.map((a) => a.id)).toContain('signal');
    for (const a of c.alternatives) {
      expect(a.reason).not.toBe('');
      expect(a.website).toMatch(/^https:\/\//);
    }
  });

  it('marks the facts the catalogue could not verify', () => {
    const c = card('https://zoom.us/j/1234567890');
    expect(row(c, 'Run your own server')?.unverified).toBe(true);
    expect(row(c, 'Account')?.unverified).toBe(true);
    // Sourced since (issue 14): "not verified" only where it is true.
    expect(row(c, 'Open source')?.unverified).toBe(false);
    expect(row(c, 'Licence')?.unverified).toBe(false);
    expect(row(c, 'Hosting')?.unverified).toBe(false);
    expect(row(c, 'Owner')?.unverified).toBe(false);
  });

  it('what the guide said and what changed since, each change with its sources and the date checked', () => {
    const c = card('https://zoom.us/j/1234567890');
    expect(c.history?.stance).toMatch(/declined to recommend Zoom: the margin of risk/);
    const change = c.history?.changes.find((ch) => ch.fact === 'Group encryption');
    expect(change).toMatchObject({
      since: '2020-10',
      sources: [{ url: expect.stringMatching(/^https:/), checked: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }],
    });
    const jitsi = card('https://meet.jit.si/SolidarityKitchenPlanning');
    expect(jitsi.history?.said).toContainEqual({ label: 'Group encryption', value: 'encrypted only to the server', english: false });
    expect(jitsi.history?.said).toContainEqual({ label: 'Jurisdiction', value: 'United States', english: false });
    // The catalogue's own text (names, old and new values, source titles) is marked as English.
    expect(jitsi.history?.said).toContainEqual({ label: 'Owner', value: '8x8', english: true });
    expect(c.history?.stanceReason).toMatch(/^the margin of risk/);
    // No raw codes (issue 14): a leading encryption class is put into words, the rest is the catalogue's English detail.
    expect(change).toMatchObject({
      old: 'encrypted only to the server',
      oldDetail: 'Zoom generated and held the keys (mid-2020)',
      new: expect.not.stringMatching(/e2ee|to-server/),
      newDetail: 'the host can switch on end-to-end encryption',
      oldEnglish: false,
      newEnglish: false,
    });
    const everyChange = [...index.platforms.values()].flatMap((p) => guideHistory(p).changes);
    expect(everyChange.length).toBeGreaterThan(30);
    for (const ch of everyChange) {
      expect(`${ch.old} ${ch.new}`).not.toMatch(/\b(?:optional-e2ee|admin-e2ee|to-server)\b/);
    }
  });

  it('Signal: ok, no alternatives', () => {
    const c = card('https://signal.group/#CjQKIPQ7bqdExampleGroupMasterKey0123456789');
    expect(c).toMatchObject({ heading: 'Signal', level: 'ok', alternatives: [] });
    expect(c.reasons[0]).toMatch(/^End-to-end encrypted: only the people/);
    expect(row(c, 'Open source')).toMatchObject({ value: 'Yes: anyone can check the code', english: false });
    expect(row(c, 'Licence')).toMatchObject({ english: true });
  });

  it('a lookalike: danger, no facts of the imitated platform, shows where it really goes', () => {
    const c = card('https://meet.google.com-join.us/abc-defg-hij');
    expect(c).toMatchObject({
      heading: 'Imitation of Google Meet — not Google Meet',
      level: 'danger',
      platformId: null,
      facts: null,
      history: null,
      server: null,
    });
    expect(c.reasons[0]).toMatch(/imitates Google Meet/);
  });

  it('a device link: the heading says what it does, the platform’s facts follow', () => {
    const c = card('sgnl://linkdevice?uuid=x&pub_key=y');
    expect(c).toMatchObject({ heading: 'Links a new device to your Signal account', kind: null, level: 'danger', platformId: 'signal' });
  });

  it('a discontinued platform says since when and what replaced it', () => {
    const c = card('https://join.skype.com/aBcDeFgHiJkL');
    expect(c.level).toBe('avoid');
    expect(c.status).toMatchObject({ active: false, line: 'Shut down since 2025-05-05; replaced by Microsoft Teams.' });
  });

  it('Jitsi on a public server: which server, who runs it, not trusted, and a guessable room', () => {
    const c = card('https://meet.jit.si/yoga');
    expect(c.server).toMatchObject({
      host: 'meet.jit.si',
      operator: '8x8, Inc.',
      official: true,
      publicServer: true,
      trusted: false,
      guessableRoom: 'yoga',
      operatorCountry: 'United States',
      hostingCountry: null,
    });
    expect(card('https://meet.jit.si/SolidarityKitchenPlanning').server?.guessableRoom).toBeNull();
  });

  it("on a community server, the platform's owner is named as who makes the software, not who runs it (issue 14)", () => {
    const community = card('https://meet.systemli.org/SolidarityKitchenPlanning');
    expect(community.server).toMatchObject({ operator: expect.stringMatching(/systemli/) });
    expect(community.facts?.find((s) => s.id === 'owner')?.title).toBe('Who makes the software');
    const own = card('https://meet.jit.si/SolidarityKitchenPlanning');
    expect(own.facts?.find((s) => s.id === 'owner')?.title).toBe('Who runs it');
    expect(card('https://zoom.us/j/1234567890').facts?.find((s) => s.id === 'owner')?.title).toBe('Who runs it');
  });

  it('a trusted server makes the card ok', () => {
    const c = card('https://meet.systemli.org/SolidarityKitchenPlanning', [{ host: 'meet.systemli.org', platform: 'jitsi' }]);
    expect(c.level).toBe('ok');
    expect(c.server).toMatchObject({ trusted: true, operator: expect.stringMatching(/systemli/) });
  });

  it('a trusted public server keeps saying that anyone can open rooms there, and a guessable room stays flagged (issue 14)', () => {
    const yoga = card('https://meet.jit.si/yoga', [{ host: 'meet.jit.si', platform: 'jitsi' }]);
    expect(yoga.level).toBe('ok');
    expect(yoga.reasons.map(withoutIsolates)).toEqual([
      'You marked meet.jit.si as a Jitsi Meet server you trust.',
      expect.stringMatching(/^meet\.jit\.si is a public server: anyone can open a room on it, and whoever runs it \(8x8, Inc\.\) can see who joins/),
      expect.any(String),
    ]);
    expect(yoga.server).toMatchObject({ trusted: true, publicServer: true, guessableRoom: 'yoga' });
    // A community server open to anyone says so too; a members-only one does not.
    expect(card('https://meet.systemli.org/yoga', [{ host: 'meet.systemli.org', platform: 'jitsi' }]).reasons[1]).toMatch(/public server/);
    const members = card('https://jitsi.member.fsf.org/yoga', [{ host: 'jitsi.member.fsf.org', platform: 'jitsi' }]);
    expect(members.reasons.join(' ')).not.toMatch(/public server/);
    expect(members.server).toMatchObject({ publicServer: false, guessableRoom: null });
  });

  it('a meeting tab the background saw as a Jitsi app on an unknown server', () => {
    const c = cardFor(index, 'https://jitsi.our-union.example/Planning', NO_SETTINGS, 'jitsi');
    expect(c).toMatchObject({ heading: 'Jitsi Meet', level: 'caution', server: { host: 'jitsi.our-union.example', operator: null, trusted: false } });
    expect(
      cardFor(index, 'https://jitsi.our-union.example/Planning', { trustedServers: [{ host: 'jitsi.our-union.example', platform: 'jitsi' }] }, 'jitsi').level,
    ).toBe('ok');
  });

  it('a wrapped link names the wrapper and where it leads', () => {
    const c = card('https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fzoom.us%2Fj%2F1234567890&data=05');
    expect(c.unwrappedBy).toEqual([expect.stringMatching(/Safe Links/)]);
    expect(c.target).toBe('https://zoom.us/j/1234567890');
  });

  it('anything else is not an invite link', () => {
    expect(card('https://example.org/handbook')).toMatchObject({ heading: 'Not an invite link', level: 'none', facts: null });
    expect(card('')).toMatchObject({ level: 'none' });
  });

  it('every platform in the catalogue gives a card with only https links', () => {
    for (const p of index.platforms.values()) {
      const example = p.recognise.examples.invite.find((e) => e.kind !== 'device-link' && e.kind !== 'device-code-sign-in');
      if (!example) continue;
      const c = card(example.url);
      const links = [c.website, ...c.alternatives.map((a) => a.website), ...(c.history?.changes.flatMap((ch) => ch.sources.map((s) => s.url)) ?? [])];
      for (const link of links) if (link !== null) expect(link).toMatch(/^https:\/\//);
    }
  });
});

describe('the card does not say the same thing twice', () => {
  it('an encryption sentence already given as a reason is not repeated among the facts', () => {
    const c = cardFor(index, 'https://zoom.us/j/1234567890', NO_SETTINGS);
    const rows = c.facts?.flatMap((s) => s.rows) ?? [];
    const repeated = rows.filter((r) => !r.unverified && c.reasons.includes(r.value));
    expect(repeated).toEqual([]);
    // Zoom's group encryption is a reason: its row is left out, the catalogue's details stay.
    expect(rows.some((r) => r.keys.includes('encryption.group'))).toBe(false);
    expect(rows.some((r) => r.keys.includes('encryption.notes'))).toBe(true);
  });
});
