/**
 * Reading a link's host from its href attribute instead of asking the browser must never give a
 * different answer than the browser's parser: either the same host, or null ("ask the browser").
 * An attacker who spells a URL oddly may only make us look harder.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rawWebHost } from '../../../src/page/raw-destination';

const BASE = { protocol: 'https:', host: 'mail.example.org' };
const BASE_URL = 'https://mail.example.org/inbox/';

function browserHost(raw: string): string | null {
  try {
    const url = new URL(raw, BASE_URL);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.hostname : null;
  } catch {
    return null;
  }
}

describe('rawWebHost', () => {
  it.each([
    ['https://zoom.us/j/1', 'zoom.us'],
    ['http://meet.jit.si:8443/Room', 'meet.jit.si'],
    ['https://www.example.org', 'www.example.org'],
    ['https://www.example.org?x', 'www.example.org'],
    ['/notes/1', 'mail.example.org'],
    ['notes/1', 'mail.example.org'],
    ['?page=2', 'mail.example.org'],
    ['#top', 'mail.example.org'],
    ['/a:b', 'mail.example.org'],
  ])('reads %s as %s', (raw, host) => {
    expect(rawWebHost(raw, BASE)).toBe(host);
  });

  it.each([
    'HTTPS://ZOOM.US/j/1', // upper case: the parser lowercases
    'https://zoom%2eus/j/1', // escapes in the host
    'https://zo\tom.us/j/1', // the parser strips tabs and newlines
    ' https://zoom.us/', // and leading spaces
    '//zoom.us/j/1', // scheme-relative
    '/\\zoom.us/j/1', // "/\" is "//" for http(s)
    'https://zoom.us\\@evil.example/',
    'https://zoom.us@evil.example/', // user info
    'https://evil.example\\.zoom.us/',
    'https://zoom。us/', // ideographic full stop
    'https://ｚoom.us/', // full-width letters
    'mailto:a@zoom.us',
    'sgnl://linkdevice?uuid=1',
    'javascript:alert(1)',
    'https://zoom.us:99999/', // an invalid port: the parser refuses it
    'https://99999/', // numbers are IPv4 addresses: "0.1.134.159"
    'https://0x7f.1/',
    'https://127.0.0.1/',
  ])('leaves %j to the browser', (raw) => {
    expect(rawWebHost(raw, BASE)).toBeNull();
  });

  it('never disagrees with the URL parser', () => {
    const piece = fc.constantFrom(
      'https:',
      'http:',
      'HTTP:',
      '//',
      '/',
      '\\',
      '@',
      ':',
      '.',
      '%2e',
      '\t',
      '\n',
      ' ',
      '?',
      '#',
      'zoom',
      'us',
      'evil',
      'example',
      '8080',
      '99999',
      '0x',
      '1',
      'f',
      'ｚ',
      '。',
      'xn--',
      '-',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')),
        (raw) => {
          const host = rawWebHost(raw, BASE);
          if (host !== null) expect(host).toBe(browserHost(raw));
        },
      ),
      { numRuns: 50_000 },
    );
  });

  it('has no base host to give for pages that are not http(s)', () => {
    expect(rawWebHost('/x', { protocol: 'file:', host: '' })).toBeNull();
  });
});
