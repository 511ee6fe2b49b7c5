/**
 * Newsletter and marketing click trackers (data/click-trackers.json): every entry's examples,
 * the destination read where the link carries one, and the honest "can't see where this leads"
 * state where it does not, at caution and never at danger.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/assess/assess';
import { judgeLink } from '../../../src/background/page-verdict';
import { withoutIsolates } from '../../../src/i18n/t';
import { trackedDestination } from '../../../src/recognise/click-trackers';
import { recognise, recogniseFully } from '../../../src/recognise/recognise';
import { NO_SETTINGS } from '../../../src/recognise/types';
import { cardFor } from '../../../src/ui/popup/card-model';
import { loadCatalogue, realIndex } from '../support/catalogue';

const index = realIndex();
const trackers = loadCatalogue().trackers;
const examples = trackers.flatMap((t) => t.examples.map((e) => [t.id, t.name, e.url, e.target] as const));
const MAILCHIMP = 'https://example.us1.list-manage.com/track/click?u=0123456789abcdef012345678&id=0123456789&e=0123456789';
const safeLinks = (url: string) => `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent(url)}&data=05%7C01&reserved=0`;
const contactMonkey = (url: string) => `https://contactmonkey.com/api/v1/tracker?cm_session=a9&cm_type=link&cm_destination=${encodeURIComponent(url)}`;
const english = (reasons: string[]) => reasons.map(withoutIsolates).join(' ');

describe('the click tracker catalogue', () => {
  it('has the trackers organisers send through', () => {
    expect(trackers.map((t) => t.id)).toEqual(
      expect.arrayContaining(['mailchimp', 'sendgrid', 'hubspot', 'constant-contact', 'campaign-monitor', 'substack', 'mailjet', 'klaviyo', 'mailerlite']),
    );
  });

  it.each(trackers.map((t) => [t.id, t] as const))('%s: every source is https and was checked on 2026-12-03', (_, tracker) => {
    for (const source of tracker.sources) {
      expect(source.url).toMatch(/^https:\/\//);
      expect(source.checked).toBe('2026-12-03');
    }
  });

  it.each(trackers.map((t) => [t.id, t] as const))('%s: a tracker that reads no destination has an example without one', (_, tracker) => {
    if (!tracker.carrier) expect(tracker.examples.every((e) => e.target === null)).toBe(true);
  });
});

describe('each example', () => {
  it.each(examples)('%s: %s', (id, name, url, target) => {
    for (const match of [recognise(index, url, NO_SETTINGS), recogniseFully(index, url, NO_SETTINGS)]) {
      if (target === null) {
        expect(match).toMatchObject({ tracker: id, platform: null, lookalikeOf: null, target: url });
        const assessment = assess(index, match);
        expect(assessment.level).toBe('caution');
        expect(assessment.platform).toBeNull();
        expect(english(assessment.reasons)).toContain(`${name}'s click tracker`);
      } else {
        expect(match.tracker).toBeNull();
        expect(match.target).toBe(target);
        expect(match.unwrappedBy).toContain(id);
      }
    }
  });
});

describe('a tracked link whose destination cannot be read', () => {
  it('says so in plain words: the tracker, that the destination cannot be seen, and to ask for the direct link', () => {
    const assessment = assess(index, recognise(index, MAILCHIMP, NO_SETTINGS));
    expect(assessment).toMatchObject({ level: 'caution', platform: null, alternatives: [] });
    expect(english(assessment.reasons)).toMatch(/goes through Mailchimp's click tracker.*can't be seen.*ask the sender for the direct link/s);
  });

  it('keeps the tracker state inside Safe Links, and names Safe Links as unwrapped', () => {
    const match = recognise(index, safeLinks(MAILCHIMP), NO_SETTINGS);
    expect(match).toMatchObject({ tracker: 'mailchimp', unwrappedBy: ['outlook-safelinks'], target: MAILCHIMP });
  });

  it('has its own card heading in the popup', () => {
    const card = cardFor(index, MAILCHIMP, NO_SETTINGS);
    expect(withoutIsolates(card.heading)).toBe("Link through Mailchimp's click tracker");
    expect(card.level).toBe('caution');
    expect(card.facts).toBeNull();
  });

  it('is still an imitation when the address before "@" names a platform', () => {
    const match = recognise(index, 'https://zoom.us@example.us1.list-manage.com/track/click?u=1', NO_SETTINGS);
    expect(match).toMatchObject({ lookalikeOf: 'zoom', lookalike: 'userinfo' });
    expect(assess(index, match).level).toBe('danger');
  });

  it('never reads a destination from a tracker that carries none, whatever its parameters', () => {
    const match = recognise(index, `${MAILCHIMP}&url=${encodeURIComponent('https://zoom.us/j/1')}`, NO_SETTINGS);
    expect(match).toMatchObject({ tracker: 'mailchimp', platform: null });
  });
});

describe('what is not a tracker', () => {
  it.each([
    ['another page of the tracker’s host', 'https://us1.list-manage.com/subscribe?u=1&id=2'],
    ['a host that only ends like one', 'https://evil-list-manage.com/track/click?u=1'],
    ['a host that only starts like one', 'https://us1.list-manage.com.evil.example/track/click?u=1'],
    ['SendGrid’s site', 'https://sendgrid.net/pricing'],
    ['an ordinary page', 'https://example.org/track/click?u=1'],
  ])('%s', (_, url) => {
    const match = recognise(index, url, NO_SETTINGS);
    expect(match.tracker).toBeNull();
    expect(assess(index, match).level).toBe('none');
  });
});

describe('a tracker that carries its destination', () => {
  it('is unwrapped like Safe Links, also inside Safe Links', () => {
    const match = recognise(index, safeLinks(contactMonkey('https://zoom.us/j/1234567890')), NO_SETTINGS);
    expect(match).toMatchObject({ platform: 'zoom', kind: 'meeting', unwrappedBy: ['outlook-safelinks', 'contactmonkey'], tracker: null });
  });

  it('carrying a lookalike is dangerous', () => {
    const match = recognise(index, contactMonkey('https://meet.google.com-join.us/abc-defg-hij'), NO_SETTINGS);
    expect(match.lookalikeOf).toBe('google-meet');
    expect(assess(index, match).level).toBe('danger');
  });

  it('carrying something that is no URL is the tracker state, not an error', () => {
    const match = recognise(index, contactMonkey('not a url'), NO_SETTINGS);
    expect(match).toMatchObject({ tracker: 'contactmonkey', platform: null });
  });

  it('reads Mandrill’s base64 JSON, and gives up quietly on anything malformed', () => {
    const mandrill = trackers.find((t) => t.id === 'mandrill')!;
    const at = (p: string) => new URL(`https://mandrillapp.com/track/click/1/x?p=${encodeURIComponent(p)}`);
    const encode = (value: unknown) => btoa(JSON.stringify(value));
    expect(trackedDestination(mandrill, at(encode({ p: JSON.stringify({ url: 'https://signal.group/#abc' }) })))).toBe('https://signal.group/#abc');
    expect(trackedDestination(mandrill, at(encode({ p: { url: 'https://signal.group/#abc' } })))).toBe('https://signal.group/#abc');
    for (const bad of ['', '!!!', encode('x'), encode({ p: '{' }), encode({ p: JSON.stringify({ url: 42 }) }), encode({ q: 1 }), encode(null)]) {
      expect(trackedDestination(mandrill, at(bad))).toBeNull();
    }
    fc.assert(
      fc.property(fc.string(), fc.string({ unit: 'binary' }), (a, b) => {
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- unescape(encodeURIComponent()) makes the UTF-8 byte string btoa needs
        for (const p of [a, b, btoa(unescape(encodeURIComponent(b)))]) {
          const found = trackedDestination(mandrill, at(p));
          expect(found === null || typeof found === 'string').toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('on a page: the visible text over a tracked link', () => {
  const judge = (href: string, text: string) => judgeLink(index, { href, text }, NO_SETTINGS);

  it.each([
    ['Zoom', 'https://zoom.us/j/1234567890', 'zoom'],
    ['Signal', 'signal.group/#CjQKIPQ7bqdExampleGroupMasterKey0123456789', 'signal'],
  ])('a %s address over a Mailchimp link: caution under that platform, never danger', (name, text, platform) => {
    const verdict = judge(MAILCHIMP, text)!;
    expect(verdict).toMatchObject({ platform, level: 'caution', target: MAILCHIMP });
    const words = english(verdict.reasons);
    expect(words).toContain(`The text says ${name}`);
    expect(words).toMatch(/Mailchimp's click tracker, so where it really leads can't be seen/);
    expect(words).toContain('ask the sender for the direct link');
    expect(withoutIsolates(verdict.label)).toContain("through Mailchimp's click tracker");
  });

  it('a tracked link whose text shows no address gets no badge', () => {
    expect(judge(MAILCHIMP, '')).toBeNull();
    expect(judge(MAILCHIMP, 'example.org/news')).toBeNull();
  });

  it('text showing an imitation over a tracked link is still dangerous', () => {
    expect(judge(MAILCHIMP, 'https://zoom-us.example/j/1234567890')).toMatchObject({ level: 'danger', platform: 'zoom' });
  });

  it('the mismatch rule applies to the unwrapped destination', () => {
    expect(judge(contactMonkey('https://zoom.us/j/1234567890'), 'https://zoom.us/j/1234567890')).toMatchObject({ level: 'avoid', platform: 'zoom' });
    expect(judge(contactMonkey('https://evil.example/j/1'), 'https://zoom.us/j/1234567890')).toMatchObject({ level: 'danger', platform: 'zoom' });
  });
});
