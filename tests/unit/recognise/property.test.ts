import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognise, recogniseFully } from '../../../src/recognise/recognise';
import { assess } from '../../../src/assess/assess';
import { NO_SETTINGS } from '../../../src/recognise/types';
import { buildCorpus } from '../../bench/url-corpus';
import { loadCatalogue, realIndex } from '../support/catalogue';
import { WRAPPERS } from './url-variants';

const index = realIndex();
const wrapperNames = Object.keys(WRAPPERS);

/** URLs near the interesting ones: real hosts and click trackers, odd paths, wrappers around them. */
const nearInvite = fc
  .tuple(
    fc.constantFrom(
      'zoom.us',
      'meet.google.com',
      'teams.microsoft.com',
      'signal.group',
      'meet.jit.si',
      'zoom-us.example',
      'xn--zm-fmca.us',
      'zo0m.us',
      'chat.whatsapp.com',
      'example.us1.list-manage.com',
      'u1234567.ct.sendgrid.net',
      'substack.com',
      'contactmonkey.com',
      'list-manage.com.evil.example',
    ),
    fc.oneof(fc.webPath(), fc.constantFrom('/track/click', '/ls/click', '/redirect/2/abc', '/api/v1/tracker', '/t/r-l-abc/')),
    fc.option(fc.webQueryParameters()),
    fc.option(fc.webFragments()),
    fc.array(fc.constantFrom(...wrapperNames), { maxLength: 4 }),
  )
  .map(([host, path, query, hash, wrappers]) =>
    wrappers.reduce((u, w) => WRAPPERS[w]!(u), `https://${host}${path}${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`),
  );

const anyInput = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.webUrl({ withQueryParameters: true, withFragments: true }), nearInvite);

describe('recognising any input', () => {
  it('never throws, and gives the same answer twice', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const first = recognise(index, input, NO_SETTINGS);
        const second = recognise(index, input, NO_SETTINGS);
        expect(second).toEqual(first);
        const assessment = assess(index, first);
        expect(['danger', 'avoid', 'caution', 'ok', 'none']).toContain(assessment.level);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on values that are not strings', () => {
    for (const value of [undefined, null, 42, {}, [], Symbol('x'), () => 1]) {
      expect(recognise(index, value, NO_SETTINGS).platform).toBeNull();
    }
  });

  it('a recognised platform always comes with a kind, and a lookalike never with a platform', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const m = recognise(index, input, NO_SETTINGS);
        expect(m.platform === null).toBe(m.kind === null);
        if (m.lookalikeOf) expect(m.platform).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the shortcut for ordinary URLs', () => {
  const verdictOf = (m: ReturnType<typeof recognise>) => [m.platform, m.kind, m.lookalikeOf, m.lookalike, m.unwrappedBy, m.server, m.tracker];
  const settings = { trustedServers: [{ host: 'jitsi.our-union.example', platform: 'jitsi' as const }] };

  it('gives the same verdict as the full recogniser, on arbitrary and near-invite URLs', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), nearInvite, fc.constant('https://jitsi.our-union.example/Room')), (url) => {
        expect(verdictOf(recognise(index, url, settings))).toEqual(verdictOf(recogniseFully(index, url, settings)));
      }),
      { numRuns: 5000 },
    );
  });

  it('gives the same verdict on the benchmark corpus', () => {
    for (const url of buildCorpus(loadCatalogue(), 20_000, 3)) {
      expect(verdictOf(recognise(index, url, NO_SETTINGS))).toEqual(verdictOf(recogniseFully(index, url, NO_SETTINGS)));
    }
  });
});
