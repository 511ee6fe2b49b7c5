import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognise, recogniseFully } from '../../../src/recognise/recognise';
import { assess } from '../../../src/assess/assess';
import { NO_SETTINGS } from '../../../src/recognise/types';
import punycode from 'punycode/punycode.es6.js';
import { getDomain } from 'tldts';
import { skeleton } from '../../../src/recognise/confusables';
import { CONFUSABLES } from '../../../src/recognise/confusables-data';
import { loadAttackers, loadPopularDomains, loadTyposquats, POPULAR_PATHS } from '../../bench/imitation-corpora';
import { buildCorpus, seededRandom } from '../../bench/url-corpus';
import { loadCatalogue, realIndex } from '../support/catalogue';
import { WRAPPERS } from './url-variants';

const index = realIndex();
const catalogue = loadCatalogue();
const wrapperNames = Object.keys(WRAPPERS);

/** Every host and domain a platform's owner uses, and the official servers. */
const ownedHosts = [
  ...new Set([
    ...catalogue.platforms.flatMap((p) => [...p.recognise.hosts, ...p.recognise.hostSuffixes, ...p.recognise.ownDomains]),
    ...catalogue.servers.flatMap((l) => l.instances.filter((i) => i.official).map((i) => i.host)),
  ]),
];
/** Hosts invites come from: their look-alikes must be flagged. */
const inviteHosts = [...new Set(catalogue.platforms.flatMap((p) => [...p.recognise.hosts, ...p.recognise.hostSuffixes]))];

/** Host letter → the Unicode characters that pass for it (UTS #39), for building homographs. */
const lookalikeChars = new Map<string, string[]>();
for (const entry of CONFUSABLES.split('\u0000')) {
  const [ch] = entry;
  const letters = ch ? entry.slice(ch.length) : '';
  if (ch && letters.length === 1) lookalikeChars.set(letters, [...(lookalikeChars.get(letters) ?? []), ch]);
}

/** A fixed sample of the imitation fixtures, so the shortcut is checked on the hosts the rules were built for. */
function fixtureUrls(): string[] {
  const random = seededRandom(5);
  const typos = loadTyposquats()
    .filter(() => random() < 0.2)
    .map((t) => t.url);
  const popular = loadPopularDomains()
    .filter(() => random() < 0.15)
    .flatMap((d) => POPULAR_PATHS.map((p) => `https://${d}${p}`));
  const attackers = loadAttackers().flatMap((a) => [`https://${a.host}/`, ...a.urls]);
  return [...typos, ...popular, ...attackers];
}

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
      fc.property(
        fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), nearInvite, fc.constant('https://jitsi.our-union.example/Room')),
        (url) => {
          expect(verdictOf(recognise(index, url, settings))).toEqual(verdictOf(recogniseFully(index, url, settings)));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('gives the same verdict on the imitation fixtures (typosquats, real domains, attackers)', () => {
    for (const url of fixtureUrls()) {
      expect(verdictOf(recognise(index, url, NO_SETTINGS)), url).toEqual(verdictOf(recogniseFully(index, url, NO_SETTINGS)));
    }
  });

  it('gives the same verdict on one-edit and homograph variants of official hosts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...inviteHosts),
        fc.nat(),
        fc.constantFrom('', 'a', '-', '0', 'x'),
        fc.constantFrom('insert', 'replace', 'delete', 'dot'),
        fc.webPath(),
        (host, at, ch, edit, path) => {
          const i = at % host.length;
          const mutated =
            edit === 'insert'
              ? host.slice(0, i) + ch + host.slice(i)
              : edit === 'replace'
                ? host.slice(0, i) + ch + host.slice(i + 1)
                : edit === 'dot'
                  ? `${host.slice(0, i)}.${host.slice(i)}`
                  : host.slice(0, i) + host.slice(i + 1);
          const url = `https://${mutated}${path}`;
          expect(verdictOf(recognise(index, url, settings))).toEqual(verdictOf(recogniseFully(index, url, settings)));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('gives the same verdict on every one-edit variant of every invite host (a letter, a hyphen or a dot)', () => {
    for (const host of inviteHosts)
      for (let i = 0; i <= host.length; i++)
        for (const mutated of [
          host.slice(0, i) + host.slice(i + 1),
          `${host.slice(0, i)}-${host.slice(i)}`,
          `${host.slice(0, i)}a${host.slice(i + 1)}`,
          `${host.slice(0, i)}-${host.slice(i + 1)}`,
          `${host.slice(0, i)}.${host.slice(i)}`,
        ]) {
          const url = `https://${mutated}/aaa`;
          expect(verdictOf(recognise(index, url, settings)), url).toEqual(verdictOf(recogniseFully(index, url, settings)));
        }
  });

  it('gives the same verdict on the benchmark corpus', () => {
    for (const url of buildCorpus(loadCatalogue(), 20_000, 3)) {
      expect(verdictOf(recognise(index, url, NO_SETTINGS))).toEqual(verdictOf(recogniseFully(index, url, NO_SETTINGS)));
    }
  });
});

describe('imitation rules', () => {
  it("never call a host a platform's owner uses an imitation, whatever the subdomain and path", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ownedHosts),
        fc.option(fc.domain().map((d) => d.split('.')[0]!)),
        fc.webPath(),
        fc.option(fc.webQueryParameters()),
        fc.option(fc.webFragments()),
        (host, sub, path, query, hash) => {
          const url = `https://${sub ? `${sub}.` : ''}${host}${path}${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
          expect(recognise(index, url, NO_SETTINGS).lookalikeOf).toBeNull();
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("flag any host whose confusable skeleton equals a platform's invite host, on any path", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...inviteHosts),
        fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
        fc.nat(),
        fc.webPath(),
        (host, positions, pick, path) => {
          const mutated = [...host];
          for (const p of positions) {
            const i = p % mutated.length;
            const options = lookalikeChars.get(mutated[i]!);
            if (options) mutated[i] = options[pick % options.length]!;
          }
          let parsed: URL;
          try {
            parsed = new URL(`https://${mutated.join('')}${path}`);
          } catch {
            return; // not a valid host name once IDNA-mapped
          }
          const shown = parsed.hostname;
          // IDNA maps some characters back to ASCII (fullwidth letters): then it is the real host.
          // A changed subdomain of an owner's domain (ꓒemo.bigbluebutton.org) is still the owner's.
          const domain = getDomain(shown, { allowPrivateDomains: true });
          fc.pre(shown !== host && domain !== null && !ownedHosts.includes(domain));
          // IDNA may also add characters (ẚ becomes aʾ): the property is about hosts whose skeleton is the real one's.
          fc.pre(skeleton(punycode.toUnicode(shown)) === skeleton(host));
          const m = recognise(index, parsed.href, NO_SETTINGS);
          expect(m.platform === null && m.lookalikeOf !== null, parsed.href).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
