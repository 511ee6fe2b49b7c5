/**
 * The recogniser's one-pass read of a plain web URL (plain-web-host.ts) must find exactly the
 * host the regular expression it replaced found, send the same URLs to the full parse, and never
 * say "not suspicious" where the first look over the host would say "maybe": otherwise an
 * imitation could pass for an ordinary link.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../../src/recognise/escape-regexp';
import { compilePathStarts, plainHostScan, scanPlainHost } from '../../../src/recognise/plain-web-host';
import { compilePrefilter, mayBeSuspicious } from '../../../src/recognise/suspicious-prefilter';
import { loadPopularDomains, loadTyposquats, POPULAR_PATHS } from '../../bench/imitation-corpora';
import { buildCorpus } from '../../bench/url-corpus';
import { loadCatalogue, realIndex } from '../support/catalogue';
import { compileIndex } from '../../../src/recognise/catalogue-index';
import { recognise } from '../../../src/recognise/recognise';
import { NO_SETTINGS } from '../../../src/recognise/types';

const index = realIndex();
const { prefilter } = index.lookalike;

/** The expression the scan replaced: the host of a plain, already-normal web URL. */
function expressionFor(starts: readonly string[]): RegExp {
  const notFollowedBy = starts.length ? `(?!${starts.map(escapeRegExp).join('|')})` : '';
  return new RegExp(`^https?://((?:[a-z0-9-]+\\.)*[a-z][a-z0-9-]*)\\.?(?::\\d{1,5})?(?=[/?#]|$)${notFollowedBy}`);
}
const EXPRESSION = expressionFor(index.anyHostStarts.starts);

/** The host the scan reads, or null when the URL takes the full parse. */
function scanned(url: string, starts = index.anyHostStarts, filter = prefilter): string | null {
  const from = url.startsWith('https://') ? 8 : url.startsWith('http://') ? 7 : -1;
  if (from < 0) return null;
  const end = scanPlainHost(url, from, filter, starts);
  return end < 0 ? null : url.slice(from, end);
}

function expectAgreement(url: string): void {
  const host = scanned(url);
  expect(host, url).toBe(EXPRESSION.exec(url)?.[1] ?? null);
  // The first look, taken during the scan, is "maybe" wherever the separate pass would be.
  if (host !== null && mayBeSuspicious(prefilter, host)) expect(plainHostScan.maybeSuspicious, url).toBe(true);
}

describe('the one-pass read of a plain web URL', () => {
  it('finds the host the expression found, and sends the same URLs to the full parse', () => {
    const cases = [
      'https://zoom.us/j/123',
      'https://example.org',
      'https://example.org./path',
      'https://example.org../path',
      'https://.example.org/',
      'https://a..b.org/',
      'https://example.org:8080/x',
      'https://example.org:/x',
      'https://example.org:123456/x',
      'https://example.org:443',
      'https://example.org?q=1',
      'https://example.org#top',
      'https://Example.org/',
      'https://user@example.org/',
      'https://exa%6dple.org/',
      'https://example.org\\path',
      'https://192.168.0.1/',
      'https://example.123/',
      'https://x/',
      'https://-a.org/',
      'https://bbb.example.org/bigbluebutton/api/join?meetingID=1',
      'https://cloud.example.org/index.php/call/abc123',
      'https://cloud.example.org/call/abc123',
      'https://cloud.example.org/calling/abc',
      'https://chat.example.org/#/room/!abc:example.org',
      'https://chat.example.org/#/home',
      'https://example.org/',
      'https://example.org/b',
      'http://a.b.c.d.example.co.uk/path',
      'https://',
      'https://.',
      'https:///path',
    ];
    for (const url of cases) expectAgreement(url);
    for (const url of buildCorpus(loadCatalogue(), 20_000, 11)) expectAgreement(url);
    for (const host of loadPopularDomains().slice(0, 20_000)) for (const path of ['/', ...POPULAR_PATHS.slice(0, 2)]) expectAgreement(`https://${host}${path}`);
    for (const t of loadTyposquats()) expectAgreement(t.url);
  });

  it('agrees with the expression on arbitrary text after the scheme', () => {
    const tail = fc.stringMatching(/^[a-zA-Z0-9.:/?#@%\\-]{0,40}$/);
    const starts = fc.constantFrom('', '/bigbluebutton/api/join', '/call/', '/#/room/', '/index.php/call/', '/html5client/join');
    fc.assert(
      fc.property(fc.constantFrom('http://', 'https://'), fc.oneof(tail, fc.domain()), starts, tail, (scheme, host, start, rest) => {
        expectAgreement(`${scheme}${host}${start}${rest}`);
      }),
      { numRuns: 20_000 },
    );
  });

  it('sends a URL to the full parse when its path starts like a self-hosted platform, whatever the starts are', () => {
    const starts = ['/', '/x', '/call/'];
    const expression = expressionFor(starts);
    for (const url of ['https://a.org', 'https://a.org/', 'https://a.org/xy', 'https://a.org?q', 'https://a.org#f', 'https://a.org/call/1']) {
      expect(scanned(url, compilePathStarts(starts)), url).toBe(expression.exec(url)?.[1] ?? null);
    }
  });

  it('says "maybe" for every host the separate first look would, whatever the pieces marked', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z0-9.-]{3,8}$/), { maxLength: 6 }),
        fc.stringMatching(/^[0-9|]{0,2}$/),
        fc.domain(),
        (pieces, chars, host) => {
          const filter = compilePrefilter(pieces, chars, []);
          if (scanned(`https://${host}/`, index.anyHostStarts, filter) === null) return;
          if (mayBeSuspicious(filter, host)) expect(plainHostScan.maybeSuspicious, host).toBe(true);
        },
      ),
      { numRuns: 5_000 },
    );
  });
});

describe('an index whose lookalike tables wait for first use', () => {
  it('judges a platform link without compiling them, and compiles them for a host that is no platform', () => {
    const fresh = compileIndex(loadCatalogue(), { lookalikeTables: 'on-first-use' });
    expect(recognise(fresh, 'https://zoom.us/j/912345678', NO_SETTINGS).platform).toBe('zoom');
    expect(fresh.lookalikeCompiled()).toBe(false);
    expect(recognise(fresh, 'https://zoom-us.example/j/912345678', NO_SETTINGS).lookalikeOf).toBe('zoom');
    expect(fresh.lookalikeCompiled()).toBe(true);
    expect(recognise(fresh, 'https://news.example.org/a', NO_SETTINGS).platform).toBeNull();
    expect(compileIndex(loadCatalogue()).lookalikeCompiled()).toBe(true);
  });
});
