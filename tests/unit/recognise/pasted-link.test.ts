/**
 * Text people paste or select (links from SMS, Signal, WhatsApp arrive without a scheme) → the
 * link to judge, or "not a link". Host-like text is judged as https://; text with a scheme is
 * never rewritten, so mailto: and javascript: never become https.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/assess/assess';
import { pastedLink } from '../../../src/recognise/pasted-link';
import { recognise } from '../../../src/recognise/recognise';
import { NO_SETTINGS } from '../../../src/recognise/types';
import { realIndex } from '../support/catalogue';

const index = realIndex();
const paste = (text: unknown) => pastedLink(text, index.schemes);

describe('a link without a scheme', () => {
  it.each([
    ['zoom-us.example/j/1234567890', 'https://zoom-us.example/j/1234567890'],
    ['zoom.us/j/1234567890?pwd=abc', 'https://zoom.us/j/1234567890?pwd=abc'],
    ['  meet.jit.si/ExampleRoom\n', 'https://meet.jit.si/ExampleRoom'],
    ['signal.group/#CjQKIPQ7bqdExampleGroupMasterKey0123456789', 'https://signal.group/#CjQKIPQ7bqdExampleGroupMasterKey0123456789'],
    ['zoom.us', 'https://zoom.us'],
    ['Zoom.US/j/1', 'https://Zoom.US/j/1'],
    ['zoom.us.', 'https://zoom.us.'],
    ['zoom.us:443/j/1', 'https://zoom.us:443/j/1'],
    ['zoom.us@evil.example/j/1', 'https://zoom.us@evil.example/j/1'],
    ['//meet.jit.si/Room', 'https://meet.jit.si/Room'],
    ['zооm.us/j/1', 'https://zооm.us/j/1'],
    ['пример.рф/встреча', 'https://пример.рф/встреча'],
    ['xn--e1afmkfd.xn--p1ai/x', 'https://xn--e1afmkfd.xn--p1ai/x'],
    ['192.0.2.10/room', 'https://192.0.2.10/room'],
  ])('%s → %s', (text, url) => {
    expect(paste(text)).toEqual({ kind: 'link', url });
  });

  it('is judged like the same link with https://: a pasted lookalike is dangerous', () => {
    const pasted = paste('zoom-us.example/j/1234567890');
    expect(pasted.kind).toBe('link');
    const match = recognise(index, pasted.kind === 'link' ? pasted.url : '', NO_SETTINGS);
    expect(match.lookalikeOf).toBe('zoom');
    expect(assess(index, match).level).toBe('danger');
  });
});

describe('a link with a scheme is left exactly as it is', () => {
  it.each([
    'https://zoom.us/j/1',
    'HTTP://zoom.us/j/1',
    'mailto:someone@example.org',
    'javascript:alert(1)',
    'data:text/html,hello',
    'tel:+15550100',
    'sgnl://linkdevice?uuid=x&pub_key=y',
    'tsdevice:/?uuid=x&pub_key=y',
    'tg:join?invite=AbCdEf',
    'matrix:r/room:example.org',
    'zoommtg://zoom.us/join?confno=123',
  ])('%s', (text) => {
    expect(paste(text)).toEqual({ kind: 'link', url: text });
  });
});

describe('text that is not a link', () => {
  it.each([
    'hello world',
    'hello',
    '',
    '   ',
    '3.14',
    'e.g.',
    'v1.2.3',
    'hello:world',
    'note: call me',
    'localhost:8080',
    'a b.com',
    'http:',
    'zoom',
    'join us at zoom.us/j/1 tonight',
  ])('%j', (text) => {
    expect(paste(text).kind).toBe('not-a-link');
  });

  it('is anything that is not a string', () => {
    for (const value of [undefined, null, 42, {}, [], Symbol('x')]) expect(paste(value).kind).toBe('not-a-link');
  });
});

describe('any text', () => {
  // Labels as hosts may have them: "--" in the third and fourth places is reserved for punycode
  // ("xn--a" is no valid host, and no link).
  const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/).filter((l) => l.slice(2, 4) !== '--');
  const hostLike = fc
    .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.stringMatching(/^[a-z]{2,8}$/), fc.option(fc.webPath()))
    .map(([labels, top, path]) => `${labels.join('.')}.${top}${path ?? ''}`);

  it('never throws; a link is either the text itself (with a scheme) or https:// and the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.webUrl(), hostLike), (text) => {
        const result = paste(text);
        if (result.kind === 'link') expect([text.trim(), `https://${text.trim()}`, `https:${text.trim()}`]).toContain(result.url);
      }),
      { numRuns: 3000 },
    );
  });

  it('turns every host-like text into its https:// link, and every web URL into itself', () => {
    fc.assert(
      fc.property(hostLike, (text) => {
        expect(paste(text)).toEqual({ kind: 'link', url: `https://${text}` });
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        expect(paste(url)).toEqual({ kind: 'link', url });
      }),
      { numRuns: 1000 },
    );
  });

  it('never puts https:// in front of a scheme', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-z0-9+.-]{0,10}$/), fc.string(), (scheme, rest) => {
        const result = paste(`${scheme}:${rest}`);
        if (result.kind === 'link' && !/^\d/.test(rest)) expect(result.url.startsWith('https://') && scheme !== 'https').toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
